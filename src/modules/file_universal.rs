//! Universal-newline reading for files opened with `U` (`open(name, 'U')`,
//! `'rU'`): `\r\n` and `\r` read as `\n`, and the kinds seen are reported
//! by `file.newlines`, as Python 2's file objects do.

use std::io::BufRead;
use std::sync::atomic::{AtomicU8, Ordering};

use crate::object::Value;

const CR: u8 = 1;
const LF: u8 = 2;
const CRLF: u8 = 4;

/// Reads up to `limit` translated bytes (all when `None`), stopping after
/// a newline when `line` is set. A `\r` looks one byte ahead for its `\n`.
pub fn read_universal<R: BufRead>(
    r: &mut R,
    limit: Option<u64>,
    line: bool,
    seen: &AtomicU8,
) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        if limit.is_some_and(|l| out.len() as u64 >= l) {
            break;
        }
        let b = match r.fill_buf()?.first() {
            Some(&b) => b,
            None => break,
        };
        r.consume(1);
        match b {
            b'\r' => {
                if r.fill_buf()?.first() == Some(&b'\n') {
                    r.consume(1);
                    seen.fetch_or(CRLF, Ordering::Relaxed);
                } else {
                    seen.fetch_or(CR, Ordering::Relaxed);
                }
                out.push(b'\n');
                if line {
                    break;
                }
            }
            b'\n' => {
                seen.fetch_or(LF, Ordering::Relaxed);
                out.push(b'\n');
                if line {
                    break;
                }
            }
            _ => out.push(b),
        }
    }
    Ok(out)
}

/// `file.newlines`: None, one terminator, or a tuple of those seen.
pub fn newlines_value(seen: &AtomicU8) -> Value {
    let bits = seen.load(Ordering::Relaxed);
    let names: Vec<Value> = [(CR, "\r"), (LF, "\n"), (CRLF, "\r\n")]
        .iter()
        .filter(|(bit, _)| bits & bit != 0)
        .map(|(_, s)| Value::str(s))
        .collect();
    match names.len() {
        0 => Value::None,
        1 => names.into_iter().next().unwrap_or(Value::None),
        _ => Value::tuple(names),
    }
}
