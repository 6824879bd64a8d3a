//! A small Parquet writer: flat schemas of required or optional primitive
//! columns, PLAIN encoding, GZIP-compressed data pages (format v1), one page
//! per column per row group. That subset is read by every Parquet reader
//! (pandas/pyarrow, polars, DuckDB, R arrow, Spark) and keeps the binary free
//! of the Arrow/Parquet crates. Format: the Apache Parquet specification
//! (`parquet.thrift`), metadata in Thrift's compact protocol.

use std::io::{self, Write};

use chrono::NaiveDate;
use flate2::write::GzEncoder;

/// Column types (Parquet physical type plus the logical annotation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnType {
    Boolean,
    Int32,
    Int64,
    Float,
    Double,
    /// UTF-8 text (BYTE_ARRAY, logical STRING).
    String,
    /// Days since 1970-01-01 (INT32, logical DATE).
    Date,
}

impl ColumnType {
    fn physical(self) -> i32 {
        match self {
            ColumnType::Boolean => 0,
            ColumnType::Int32 | ColumnType::Date => 1,
            ColumnType::Int64 => 2,
            ColumnType::Float => 4,
            ColumnType::Double => 5,
            ColumnType::String => 6,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Column {
    pub name: String,
    pub ty: ColumnType,
    /// Nullable (definition level 1) rather than required.
    pub optional: bool,
}

impl Column {
    pub fn required(name: &str, ty: ColumnType) -> Column {
        Column { name: name.into(), ty, optional: false }
    }

    pub fn optional(name: &str, ty: ColumnType) -> Column {
        Column { name: name.into(), ty, optional: true }
    }
}

/// One cell of a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell<'a> {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(&'a str),
    Date(NaiveDate),
}

#[derive(Default)]
struct Buffer {
    /// Definition levels (true = value present), for optional columns.
    present: Vec<bool>,
    /// PLAIN-encoded values (all but booleans).
    plain: Vec<u8>,
    bools: Vec<bool>,
}

struct ChunkMeta {
    ty: i32,
    name: String,
    values: i64,
    uncompressed: i64,
    compressed: i64,
    offset: i64,
}

/// Writes rows to a Parquet file; call [`ParquetWriter::finish`] at the end.
pub struct ParquetWriter<W: Write> {
    out: W,
    offset: u64,
    columns: Vec<Column>,
    buffers: Vec<Buffer>,
    rows_in_group: usize,
    row_group_rows: usize,
    groups: Vec<(Vec<ChunkMeta>, i64)>,
    total_rows: i64,
}

const EPOCH: NaiveDate = match NaiveDate::from_ymd_opt(1970, 1, 1) {
    Some(d) => d,
    None => panic!("1970-01-01 is a date"),
};

impl<W: Write> ParquetWriter<W> {
    pub fn new(mut out: W, columns: Vec<Column>) -> io::Result<ParquetWriter<W>> {
        out.write_all(b"PAR1")?;
        let buffers = columns.iter().map(|_| Buffer::default()).collect();
        Ok(ParquetWriter {
            out,
            offset: 4,
            columns,
            buffers,
            rows_in_group: 0,
            row_group_rows: 128 * 1024,
            groups: Vec::new(),
            total_rows: 0,
        })
    }

    /// Rows per row group (default 131,072).
    pub fn with_row_group_rows(mut self, rows: usize) -> Self {
        self.row_group_rows = rows.max(1);
        self
    }

    /// Appends a row; cells in column order, matching the column types.
    pub fn write_row(&mut self, cells: &[Cell]) -> io::Result<()> {
        if cells.len() != self.columns.len() {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, "row length differs from the schema"));
        }
        for ((column, buffer), cell) in self.columns.iter().zip(&mut self.buffers).zip(cells) {
            let mismatch = || {
                io::Error::new(io::ErrorKind::InvalidInput, format!("column {}: {cell:?} is not a {:?}", column.name, column.ty))
            };
            if *cell == Cell::Null {
                if !column.optional {
                    return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("column {} is required", column.name)));
                }
                buffer.present.push(false);
                continue;
            }
            if column.optional {
                buffer.present.push(true);
            }
            match (column.ty, cell) {
                (ColumnType::Boolean, Cell::Bool(b)) => buffer.bools.push(*b),
                (ColumnType::Int32, Cell::Int(v)) => {
                    buffer.plain.extend_from_slice(&i32::try_from(*v).map_err(|_| mismatch())?.to_le_bytes())
                }
                (ColumnType::Int64, Cell::Int(v)) => buffer.plain.extend_from_slice(&v.to_le_bytes()),
                (ColumnType::Float, Cell::Float(v)) => buffer.plain.extend_from_slice(&(*v as f32).to_le_bytes()),
                (ColumnType::Double, Cell::Float(v)) => buffer.plain.extend_from_slice(&v.to_le_bytes()),
                (ColumnType::String, Cell::Str(s)) => {
                    buffer.plain.extend_from_slice(&(s.len() as u32).to_le_bytes());
                    buffer.plain.extend_from_slice(s.as_bytes());
                }
                (ColumnType::Date, Cell::Date(d)) => {
                    buffer.plain.extend_from_slice(&((*d - EPOCH).num_days() as i32).to_le_bytes())
                }
                _ => return Err(mismatch()),
            }
        }
        self.rows_in_group += 1;
        if self.rows_in_group >= self.row_group_rows {
            self.flush_group()?;
        }
        Ok(())
    }

    fn flush_group(&mut self) -> io::Result<()> {
        if self.rows_in_group == 0 {
            return Ok(());
        }
        let rows = self.rows_in_group as i64;
        let mut chunks = Vec::with_capacity(self.columns.len());
        let buffers = std::mem::take(&mut self.buffers);
        for (column, buffer) in self.columns.clone().iter().zip(buffers) {
            let mut page = Vec::new();
            if column.optional {
                let levels = rle_bits(&buffer.present);
                page.extend_from_slice(&(levels.len() as u32).to_le_bytes());
                page.extend_from_slice(&levels);
            }
            if column.ty == ColumnType::Boolean {
                page.extend_from_slice(&pack_bits(&buffer.bools));
            } else {
                page.extend_from_slice(&buffer.plain);
            }
            let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(&page)?;
            let compressed = gz.finish()?;
            let header = page_header(rows as i32, page.len() as i32, compressed.len() as i32);
            let offset = self.offset as i64;
            self.write(&header)?;
            self.write(&compressed)?;
            chunks.push(ChunkMeta {
                ty: column.ty.physical(),
                name: column.name.clone(),
                values: rows,
                uncompressed: (header.len() + page.len()) as i64,
                compressed: (header.len() + compressed.len()) as i64,
                offset,
            });
        }
        self.buffers = self.columns.iter().map(|_| Buffer::default()).collect();
        self.groups.push((chunks, rows));
        self.total_rows += rows;
        self.rows_in_group = 0;
        Ok(())
    }

    fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)?;
        self.offset += bytes.len() as u64;
        Ok(())
    }

    /// Writes the last row group and the footer; returns the output.
    pub fn finish(mut self) -> io::Result<W> {
        self.flush_group()?;
        let footer = self.file_metadata();
        self.write(&footer)?;
        self.write(&(footer.len() as u32).to_le_bytes())?;
        self.write(b"PAR1")?;
        self.out.flush()?;
        Ok(self.out)
    }

    fn file_metadata(&self) -> Vec<u8> {
        let mut t = Thrift::default();
        t.i32(1, 1); // version
        t.list_begin(2, STRUCT, self.columns.len() + 1);
        // The root of the schema tree.
        t.struct_begin();
        t.binary(4, b"schema");
        t.i32(5, self.columns.len() as i32);
        t.struct_end();
        for c in &self.columns {
            t.struct_begin();
            t.i32(1, c.ty.physical());
            t.i32(3, c.optional as i32); // REQUIRED = 0, OPTIONAL = 1
            t.binary(4, c.name.as_bytes());
            let annotation = match c.ty {
                ColumnType::String => Some((0, 1)), // UTF8 / LogicalType.STRING
                ColumnType::Date => Some((6, 6)),   // DATE / LogicalType.DATE
                _ => None,
            };
            if let Some((converted, logical)) = annotation {
                t.i32(6, converted);
                t.field_struct(10); // LogicalType (a union)
                t.field_struct(logical); // the empty StringType / DateType
                t.struct_end();
                t.struct_end();
            }
            t.struct_end();
        }
        t.i64(3, self.total_rows);
        t.list_begin(4, STRUCT, self.groups.len());
        for (chunks, rows) in &self.groups {
            t.struct_begin();
            t.list_begin(1, STRUCT, chunks.len());
            for c in chunks {
                t.struct_begin();
                t.i64(2, c.offset); // file_offset
                t.field_struct(3); // ColumnMetaData
                t.i32(1, c.ty);
                t.list_begin(2, I32, 2);
                t.list_i32(0); // PLAIN
                t.list_i32(3); // RLE (definition levels)
                t.list_begin(3, BINARY, 1);
                t.list_binary(c.name.as_bytes());
                t.i32(4, 2); // GZIP
                t.i64(5, c.values);
                t.i64(6, c.uncompressed);
                t.i64(7, c.compressed);
                t.i64(9, c.offset); // data_page_offset
                t.struct_end();
                t.struct_end();
            }
            t.i64(2, chunks.iter().map(|c| c.uncompressed).sum());
            t.i64(3, *rows);
            t.struct_end();
        }
        t.binary(6, concat!("demarche version ", env!("CARGO_PKG_VERSION")).as_bytes());
        t.stop();
        t.buf
    }
}

fn page_header(values: i32, uncompressed: i32, compressed: i32) -> Vec<u8> {
    let mut t = Thrift::default();
    t.i32(1, 0); // DATA_PAGE
    t.i32(2, uncompressed);
    t.i32(3, compressed);
    t.field_struct(5); // DataPageHeader
    t.i32(1, values);
    t.i32(2, 0); // PLAIN
    t.i32(3, 3); // definition levels: RLE
    t.i32(4, 3); // repetition levels: RLE
    t.struct_end();
    t.stop();
    t.buf
}

/// Bit width 1 levels in the RLE/bit-packing hybrid, as RLE runs.
fn rle_bits(levels: &[bool]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < levels.len() {
        let value = levels[i];
        let run = levels[i..].iter().take_while(|&&v| v == value).count();
        varint(&mut out, (run as u64) << 1);
        out.push(value as u8);
        i += run;
    }
    out
}

/// PLAIN booleans: bit-packed, least significant bit first.
fn pack_bits(bits: &[bool]) -> Vec<u8> {
    let mut out = vec![0u8; bits.len().div_ceil(8)];
    for (i, &b) in bits.iter().enumerate() {
        if b {
            out[i / 8] |= 1 << (i % 8);
        }
    }
    out
}

fn varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

const I32: u8 = 5;
const I64: u8 = 6;
const BINARY: u8 = 8;
const LIST: u8 = 9;
const STRUCT: u8 = 12;

/// Thrift compact protocol, just what the Parquet footer and page headers
/// need. Fields must be written in increasing id order within a struct.
#[derive(Default)]
struct Thrift {
    buf: Vec<u8>,
    last: Vec<i16>,
    current: i16,
}

impl Thrift {
    fn field(&mut self, id: i16, ty: u8) {
        let delta = id - self.current;
        if (1..=15).contains(&delta) {
            self.buf.push(((delta as u8) << 4) | ty);
        } else {
            self.buf.push(ty);
            varint(&mut self.buf, zigzag(id as i64));
        }
        self.current = id;
    }

    fn i32(&mut self, id: i16, v: i32) {
        self.field(id, I32);
        varint(&mut self.buf, zigzag(v as i64));
    }

    fn i64(&mut self, id: i16, v: i64) {
        self.field(id, I64);
        varint(&mut self.buf, zigzag(v));
    }

    fn binary(&mut self, id: i16, v: &[u8]) {
        self.field(id, BINARY);
        self.list_binary(v);
    }

    fn list_begin(&mut self, id: i16, element: u8, len: usize) {
        self.field(id, LIST);
        if len < 15 {
            self.buf.push(((len as u8) << 4) | element);
        } else {
            self.buf.push(0xF0 | element);
            varint(&mut self.buf, len as u64);
        }
    }

    fn list_i32(&mut self, v: i32) {
        varint(&mut self.buf, zigzag(v as i64));
    }

    fn list_binary(&mut self, v: &[u8]) {
        varint(&mut self.buf, v.len() as u64);
        self.buf.extend_from_slice(v);
    }

    /// A struct field: header, then the nested fields until `struct_end`.
    fn field_struct(&mut self, id: i16) {
        self.field(id, STRUCT);
        self.struct_begin();
    }

    /// A struct as a list element (no field header).
    fn struct_begin(&mut self) {
        self.last.push(self.current);
        self.current = 0;
    }

    fn struct_end(&mut self) {
        self.buf.push(0);
        self.current = self.last.pop().unwrap_or(0);
    }

    /// End of the outermost struct.
    fn stop(&mut self) {
        self.buf.push(0);
    }
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        assert_eq!(rle_bits(&[true, true, true, false]), vec![6, 1, 2, 0]);
        assert_eq!(pack_bits(&[true, false, true, false, false, false, false, false, true]), vec![0b101, 1]);
        let mut v = Vec::new();
        varint(&mut v, 300);
        assert_eq!(v, vec![0xAC, 0x02]);
        assert_eq!(zigzag(-1), 1);
        assert_eq!(zigzag(1), 2);
    }

    #[test]
    fn rejects_rows_that_do_not_fit_the_schema() {
        let mut w = ParquetWriter::new(Vec::new(), vec![Column::required("n", ColumnType::Int32)]).unwrap();
        assert!(w.write_row(&[Cell::Null]).is_err());
        assert!(w.write_row(&[Cell::Str("x")]).is_err());
        assert!(w.write_row(&[Cell::Int(1 << 40)]).is_err());
        w.write_row(&[Cell::Int(7)]).unwrap();
        let bytes = w.finish().unwrap();
        assert_eq!(&bytes[..4], b"PAR1");
        assert_eq!(&bytes[bytes.len() - 4..], b"PAR1");
    }
}
