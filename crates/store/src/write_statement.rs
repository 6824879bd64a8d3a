//! Writing rows with statements that bind text without SQLite copying it.
//!
//! rusqlite binds every string as `SQLITE_TRANSIENT`: SQLite copies it
//! before the statement runs, and each value goes through rusqlite's
//! generic conversion. On the insert path those copies and conversions were
//! about an eighth of the CPU (`perf`, `bench store` at 1 M reports), for
//! strings that outlive the statement anyway. [`WriteStatement::run`] binds
//! borrowed values as `SQLITE_STATIC`, steps and resets in one call: every
//! call binds every parameter before it steps, so SQLite never reads a
//! pointer past its borrow.

use std::ffi::{c_int, CStr, CString};
use std::ptr;

use rusqlite::{ffi, Connection};

/// One bound value.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Param<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

impl From<i64> for Param<'_> {
    fn from(n: i64) -> Self {
        Param::Int(n)
    }
}

impl From<bool> for Param<'_> {
    fn from(b: bool) -> Self {
        Param::Int(b as i64)
    }
}

impl From<f64> for Param<'_> {
    fn from(x: f64) -> Self {
        Param::Real(x)
    }
}

impl<'a> From<&'a str> for Param<'a> {
    fn from(s: &'a str) -> Self {
        Param::Text(s)
    }
}

impl<'a> From<&'a [u8]> for Param<'a> {
    fn from(b: &'a [u8]) -> Self {
        Param::Blob(b)
    }
}

impl<'a, T: Into<Param<'a>>> From<Option<T>> for Param<'a> {
    fn from(value: Option<T>) -> Self {
        value.map_or(Param::Null, Into::into)
    }
}

/// A prepared statement that writes rows (no result rows), run with
/// borrowed values. Lives no longer than its connection.
pub(crate) struct WriteStatement<'conn> {
    conn: &'conn Connection,
    stmt: *mut ffi::sqlite3_stmt,
    parameters: usize,
}

impl<'conn> WriteStatement<'conn> {
    pub fn new(conn: &'conn Connection, sql: &str) -> rusqlite::Result<WriteStatement<'conn>> {
        let sql = CString::new(sql)?;
        let mut stmt = ptr::null_mut();
        // SAFETY: the handle is the open connection `conn` borrows for our
        // whole life; `sql` is a valid C string for the call.
        let rc = unsafe {
            ffi::sqlite3_prepare_v3(conn.handle(), sql.as_ptr(), -1, ffi::SQLITE_PREPARE_PERSISTENT, &mut stmt, ptr::null_mut())
        };
        if rc != ffi::SQLITE_OK {
            return Err(last_error(conn, rc));
        }
        if stmt.is_null() {
            return Err(rusqlite::Error::InvalidQuery);
        }
        // SAFETY: `stmt` was just prepared.
        let parameters = unsafe { ffi::sqlite3_bind_parameter_count(stmt) } as usize;
        Ok(WriteStatement { conn, stmt, parameters })
    }

    /// Binds `values` (every parameter, in order), runs the statement and
    /// returns the number of rows it changed.
    pub fn run(&mut self, values: &[Param<'_>]) -> rusqlite::Result<usize> {
        if values.len() != self.parameters {
            return Err(rusqlite::Error::InvalidParameterCount(values.len(), self.parameters));
        }
        // SAFETY: `stmt` is a live statement of `conn`. Text and blobs are bound as
        // SQLITE_STATIC, which requires it to stay valid while SQLite may
        // read it. SQLite reads bindings only when the statement steps, and
        // it steps only here, after every parameter was bound anew from
        // `values` (the count is checked above; a failed bind skips the
        // step). Pointers left bound after the reset are never read (reset
        // and finalize do not look at them), so the bindings need no
        // clearing (`sqlite3_clear_bindings` was ~3 % of a bulk load's
        // instructions).
        unsafe {
            let mut rc = ffi::SQLITE_OK;
            for (i, value) in values.iter().enumerate() {
                let at = (i + 1) as c_int;
                rc = match *value {
                    Param::Null => ffi::sqlite3_bind_null(self.stmt, at),
                    Param::Int(n) => ffi::sqlite3_bind_int64(self.stmt, at, n),
                    Param::Real(x) => ffi::sqlite3_bind_double(self.stmt, at, x),
                    Param::Text(s) => ffi::sqlite3_bind_text64(
                        self.stmt,
                        at,
                        s.as_ptr().cast(),
                        s.len() as ffi::sqlite3_uint64,
                        ffi::SQLITE_STATIC(),
                        ffi::SQLITE_UTF8 as _,
                    ),
                    Param::Blob(b) => ffi::sqlite3_bind_blob64(
                        self.stmt,
                        at,
                        b.as_ptr().cast(),
                        b.len() as ffi::sqlite3_uint64,
                        ffi::SQLITE_STATIC(),
                    ),
                };
                if rc != ffi::SQLITE_OK {
                    break;
                }
            }
            if rc == ffi::SQLITE_OK {
                rc = ffi::sqlite3_step(self.stmt);
            }
            let result = match rc {
                ffi::SQLITE_DONE => Ok(self.conn.changes() as usize),
                ffi::SQLITE_ROW => Err(rusqlite::Error::ExecuteReturnedResults),
                _ => Err(last_error(self.conn, rc)),
            };
            ffi::sqlite3_reset(self.stmt);
            result
        }
    }
}

impl Drop for WriteStatement<'_> {
    fn drop(&mut self) {
        // SAFETY: finalized once, here; the connection is still open (borrowed).
        unsafe {
            ffi::sqlite3_finalize(self.stmt);
        }
    }
}

/// Rows per `INSERT … VALUES (…), (…), …` statement of [`InsertRows`].
const ROWS_PER_STATEMENT: usize = 64;

/// Writes rows with multi-row `INSERT … VALUES` statements: one statement
/// step writes up to [`ROWS_PER_STATEMENT`] rows, so the per-step work
/// (starting the program, opening the table's cursor, seeking from the
/// root for the first row, resetting) is paid once per 64 rows, and rows
/// in key order append next to each other through the open cursor.
pub(crate) struct InsertRows<'conn, 'a> {
    conn: &'conn Connection,
    /// `INSERT INTO t (a, b) VALUES`, and what follows the rows (`ON CONFLICT …`).
    head: String,
    tail: String,
    width: usize,
    full: Option<WriteStatement<'conn>>,
    buffer: Vec<Param<'a>>,
}

impl<'conn, 'a> InsertRows<'conn, 'a> {
    pub fn new(conn: &'conn Connection, head: &str, width: usize, tail: &str) -> InsertRows<'conn, 'a> {
        InsertRows { conn, head: head.into(), tail: tail.into(), width, full: None, buffer: Vec::with_capacity(width * ROWS_PER_STATEMENT) }
    }

    fn sql(&self, rows: usize) -> String {
        let mut sql = self.head.clone();
        let mut n = 0;
        for row in 0..rows {
            sql.push_str(if row == 0 { " (" } else { ", (" });
            for column in 0..self.width {
                n += 1;
                if column > 0 {
                    sql.push_str(", ");
                }
                sql.push_str(&format!("?{n}"));
            }
            sql.push(')');
        }
        sql.push(' ');
        sql.push_str(&self.tail);
        sql
    }

    /// Adds one row (`width` values); writes when a statement's worth is buffered.
    pub fn push(&mut self, row: &[Param<'a>]) -> rusqlite::Result<()> {
        if row.len() != self.width {
            return Err(rusqlite::Error::InvalidParameterCount(row.len(), self.width));
        }
        self.buffer.extend_from_slice(row);
        if self.buffer.len() == self.width * ROWS_PER_STATEMENT {
            if self.full.is_none() {
                self.full = Some(WriteStatement::new(self.conn, &self.sql(ROWS_PER_STATEMENT))?);
            }
            let full = self.full.as_mut().expect("prepared above");
            full.run(&self.buffer)?;
            self.buffer.clear();
        }
        Ok(())
    }

    /// Writes the rows still buffered.
    pub fn finish(mut self) -> rusqlite::Result<()> {
        if !self.buffer.is_empty() {
            let rows = self.buffer.len() / self.width;
            WriteStatement::new(self.conn, &self.sql(rows))?.run(&self.buffer)?;
            self.buffer.clear();
        }
        Ok(())
    }
}

/// The error `rc` with the connection's message for it.
fn last_error(conn: &Connection, rc: c_int) -> rusqlite::Error {
    // SAFETY: sqlite3_errmsg returns a valid C string owned by the connection,
    // copied out before anything else runs on it.
    let message = unsafe { CStr::from_ptr(ffi::sqlite3_errmsg(conn.handle())) }.to_string_lossy().into_owned();
    rusqlite::Error::SqliteFailure(ffi::Error::new(rc), Some(message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binds_every_kind_and_reports_errors() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT, c REAL, d TEXT)").unwrap();
        let mut insert = WriteStatement::new(&conn, "INSERT INTO t VALUES (?1, ?2, ?3, ?4)").unwrap();
        for i in 0..3i64 {
            // A fresh string each time: SQLite must have copied it into the row.
            let text = format!("row {i} é");
            assert_eq!(insert.run(&[i.into(), text.as_str().into(), (i as f64 / 2.0).into(), Param::from(None::<&str>)]).unwrap(), 1);
        }
        assert_eq!(insert.run(&[1i64.into(), "".into(), 0.0.into(), Param::Null]).unwrap_err().sqlite_error_code(), Some(rusqlite::ErrorCode::ConstraintViolation));
        assert!(matches!(insert.run(&[Param::Null]), Err(rusqlite::Error::InvalidParameterCount(1, 4))));
        // Still usable after an error.
        assert_eq!(insert.run(&[7i64.into(), "".into(), 1.5.into(), "x".into()]).unwrap(), 1);
        drop(insert);
        let rows: Vec<(i64, String, f64, Option<String>)> = conn
            .prepare("SELECT a, b, c, d FROM t ORDER BY a")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(rows[2], (2, "row 2 é".to_string(), 1.0, None));
        assert_eq!(rows[3], (7, String::new(), 1.5, Some("x".to_string())));
        assert!(WriteStatement::new(&conn, "INSERT INTO missing VALUES (1)").is_err());
    }

    #[test]
    fn inserts_rows_in_full_and_partial_statements() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT, n INTEGER NOT NULL)").unwrap();
        let texts: Vec<String> = (0..150).map(|i| format!("row {i}")).collect();
        let mut rows = InsertRows::new(&conn, "INSERT INTO t (a, b, n) VALUES", 3, "ON CONFLICT DO UPDATE SET n = n + excluded.n");
        for (i, text) in texts.iter().enumerate() {
            rows.push(&[(i as i64 % 140).into(), text.as_str().into(), 1i64.into()]).unwrap();
        }
        assert!(matches!(rows.push(&[Param::Null]), Err(rusqlite::Error::InvalidParameterCount(1, 3))));
        rows.finish().unwrap();
        let (count, total, last): (i64, i64, String) =
            conn.query_row("SELECT count(*), sum(n), (SELECT b FROM t WHERE a = 139) FROM t", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
        // 150 rows, the last ten upserted onto the first ten keys.
        assert_eq!((count, total, last.as_str()), (140, 150, "row 139"));
        let mut failing = InsertRows::new(&conn, "INSERT INTO t (a, b, n) VALUES", 3, "");
        failing.push(&[0i64.into(), "x".into(), Param::Null]).unwrap();
        assert!(failing.finish().is_err(), "a NOT NULL column");
    }
}
