//! Shared helpers for the text unit tests: decoding of the escaped test tables.

/// Decodes `\\` and `\xNN` escapes of a table field.
pub fn unesc(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 1 < b.len() && b[i + 1] == b'\\' {
            out.push(b'\\');
            i += 2;
        } else if b[i] == b'\\' && i + 3 < b.len() && b[i + 1] == b'x' {
            let hex = std::str::from_utf8(&b[i + 2..i + 4]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 4;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// The tab-separated, decoded fields of each non-empty line of a table.
pub fn rows(data: &str) -> Vec<Vec<Vec<u8>>> {
    data.lines().filter(|l| !l.is_empty()).map(|l| l.split('\t').map(unesc).collect()).collect()
}

/// Formats an error the way the tables write them: `!Kind: message`.
pub fn err_text(msg: &str) -> Vec<u8> {
    let mut v = format!("!{}: ", super::error_kind(msg)).into_bytes();
    v.extend(super::error_bytes(msg));
    v
}

/// Lossy text of bytes for assertion messages.
pub fn show(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}
