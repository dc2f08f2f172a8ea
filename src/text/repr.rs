//! `repr()` of Python 2.7 byte strings.

/// Python 2.7 `repr(str)`: single quotes unless the string contains `'` and no `"`;
/// escapes `\\`, the chosen quote, `\t`, `\n`, `\r`, and `\xNN` for other bytes
/// below 0x20 or at/above 0x7f.
pub fn str_repr(s: &[u8]) -> String {
    let quote = if s.contains(&b'\'') && !s.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for &c in s {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_cases() {
        // Expected values from CPython 2.7.18.
        let cases: &[(&[u8], &str)] = &[
            (b"abc", "'abc'"),
            (b"a'b", "\"a'b\""),
            (b"a\"b", "'a\"b'"),
            (b"a'\"b", "'a\\'\"b'"),
            (b"\t\n\r\x00\x1f\x7f\x80\xff\\", "'\\t\\n\\r\\x00\\x1f\\x7f\\x80\\xff\\\\'"),
            (b"", "''"),
            (b"'", "\"'\""),
            (b"\"", "'\"'"),
            (b"\x0b\x0c\x07\x08", "'\\x0b\\x0c\\x07\\x08'"),
            (b" ~", "' ~'"),
        ];
        for (s, want) in cases {
            assert_eq!(str_repr(s), *want, "{:?}", s);
        }
    }
}
