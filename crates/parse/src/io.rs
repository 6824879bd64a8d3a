//! Little-endian binary encoding for the model file, with bounds-checked
//! reading: a truncated or corrupt file gives an error, never a panic.

#[derive(Default)]
pub struct ByteWriter {
    pub buf: Vec<u8>,
}

impl ByteWriter {
    pub fn new() -> ByteWriter {
        ByteWriter { buf: Vec::new() }
    }
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn len(&mut self, n: usize) {
        self.u64(n as u64);
    }
    pub fn str(&mut self, s: &str) {
        self.len(s.len());
        self.buf.extend_from_slice(s.as_bytes());
    }
    pub fn strs(&mut self, v: &[String]) {
        self.len(v.len());
        for s in v {
            self.str(s);
        }
    }
    pub fn u32s(&mut self, v: &[u32]) {
        self.len(v.len());
        for &x in v {
            self.u32(x);
        }
    }
    pub fn u64s(&mut self, v: &[u64]) {
        self.len(v.len());
        for &x in v {
            self.u64(x);
        }
    }
}

/// Why decoding failed; the caller adds the file name.
pub type DecodeResult<T> = Result<T, String>;

pub struct ByteReader<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> ByteReader<'a> {
    pub fn new(data: &'a [u8]) -> ByteReader<'a> {
        ByteReader { data, at: 0 }
    }

    pub fn is_empty(&self) -> bool {
        self.at >= self.data.len()
    }

    pub fn bytes(&mut self, n: usize) -> DecodeResult<&'a [u8]> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.data.len());
        match end {
            Some(end) => {
                let s = &self.data[self.at..end];
                self.at = end;
                Ok(s)
            }
            None => Err(format!("truncated model data at byte {}", self.at)),
        }
    }
    pub fn u8(&mut self) -> DecodeResult<u8> {
        Ok(self.bytes(1)?[0])
    }
    pub fn u32(&mut self) -> DecodeResult<u32> {
        Ok(u32::from_le_bytes(self.bytes(4)?.try_into().unwrap()))
    }
    pub fn u64(&mut self) -> DecodeResult<u64> {
        Ok(u64::from_le_bytes(self.bytes(8)?.try_into().unwrap()))
    }
    /// A length, checked against what is left (each item at least `item_size` bytes).
    pub fn len(&mut self, item_size: usize) -> DecodeResult<usize> {
        let n = self.u64()?;
        let left = (self.data.len() - self.at) as u64;
        if n.saturating_mul(item_size.max(1) as u64) > left {
            return Err(format!("length {n} at byte {} exceeds the data", self.at - 8));
        }
        Ok(n as usize)
    }
    pub fn str(&mut self) -> DecodeResult<String> {
        let n = self.len(1)?;
        let b = self.bytes(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| format!("invalid UTF-8 string before byte {}", self.at))
    }
    pub fn strs(&mut self) -> DecodeResult<Vec<String>> {
        let n = self.len(8)?;
        (0..n).map(|_| self.str()).collect()
    }
    pub fn u32s(&mut self) -> DecodeResult<Vec<u32>> {
        let n = self.len(4)?;
        let b = self.bytes(n * 4)?;
        Ok(b.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().unwrap())).collect())
    }
    pub fn u64s(&mut self) -> DecodeResult<Vec<u64>> {
        let n = self.len(8)?;
        let b = self.bytes(n * 8)?;
        Ok(b.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().unwrap())).collect())
    }
}
