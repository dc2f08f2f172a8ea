//! `_cjk`: the raw mapping data behind the CJK codecs (stdlib/_multibytecodec.py
//! and the stdlib/encodings/<cjk codec>.py fronts).
//!
//! The data comes from the `encoding_rs` crate (WHATWG indexes): each table is
//! made on first request by decoding every candidate byte sequence of one
//! code space, and handed to Python as a flat list `[code, codepoint, ...]`
//! of the sequences that decode to exactly one character. Where CPython 2.7's
//! codecs differ from WHATWG's, the Python side applies small override tables
//! (stdlib/_cjk_fixes.py); nothing is built at start-up.

use encoding_rs::{Encoding, BIG5, EUC_JP, EUC_KR, GB18030, GBK, SHIFT_JIS};

use crate::object::{Dict, ExcKind, PyErr, Value};

/// The one character `bytes` decode to in `enc`, if they are a whole,
/// valid sequence of exactly one character.
fn one_char(enc: &'static Encoding, bytes: &[u8]) -> Option<u32> {
    let s = enc.decode_without_bom_handling_and_without_replacement(bytes)?;
    let mut it = s.chars();
    let c = it.next()?;
    if it.next().is_some() {
        return None;
    }
    Some(c as u32)
}

/// Every two-byte sequence `lead`x`trail` of `enc` (with an optional prefix
/// byte), as `(lead << 8 | trail, codepoint)`.
fn two_byte(
    enc: &'static Encoding,
    prefix: Option<u8>,
    leads: std::ops::RangeInclusive<u8>,
    trail_ok: impl Fn(u8) -> bool,
) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    for lead in leads {
        for trail in 0x21u8..=0xFE {
            if !trail_ok(trail) {
                continue;
            }
            let mut seq = Vec::with_capacity(3);
            seq.extend(prefix);
            seq.push(lead);
            seq.push(trail);
            if let Some(cp) = one_char(enc, &seq) {
                out.push(((lead as u32) << 8 | trail as u32, cp));
            }
        }
    }
    out
}

/// GB18030's four-byte sequences below U+10000, by their linear index
/// (0 for 81 30 81 30).
fn gb18030_four() -> Vec<(u32, u32)> {
    let mut out = Vec::with_capacity(39420);
    for l in 0u32..39420 {
        let seq = [
            (0x81 + l / 12600) as u8,
            (0x30 + (l / 1260) % 10) as u8,
            (0x81 + (l / 10) % 126) as u8,
            (0x30 + l % 10) as u8,
        ];
        if let Some(cp) = one_char(GB18030, &seq) {
            out.push((l, cp));
        }
    }
    out
}

fn table(name: &str) -> Option<Vec<(u32, u32)>> {
    let high = |t: u8| t >= 0xA1;
    Some(match name {
        "jisx0208" => two_byte(EUC_JP, None, 0xA1..=0xFE, high),
        "jisx0212" => two_byte(EUC_JP, Some(0x8F), 0xA1..=0xFE, high),
        "sjis" => two_byte(SHIFT_JIS, None, 0x81..=0xFC, |t| (0x40..=0xFC).contains(&t) && t != 0x7F),
        "ksx1001" => two_byte(EUC_KR, None, 0xA1..=0xFE, high),
        "uhc" => two_byte(EUC_KR, None, 0x81..=0xFE, |t| t >= 0x41),
        "gbk" => two_byte(GBK, None, 0x81..=0xFE, |t| t >= 0x40 && t != 0x7F),
        "gb18030_4" => gb18030_four(),
        "big5" => two_byte(BIG5, None, 0x81..=0xFE, |t| (0x40..=0x7E).contains(&t) || t >= 0xA1),
        _ => return None,
    })
}

pub fn init(d: &Dict) {
    super::def(d, "table", |_vm, a, kw| {
        super::no_keywords("table", kw)?;
        super::check_args("table", a, 1, 1)?;
        let name = match a[0].as_str() {
            Some(s) => s.as_str().into_owned(),
            None => return Err(PyErr::new(ExcKind::TypeError, "table() argument must be a string")),
        };
        let t = table(&name).ok_or_else(|| PyErr::new(ExcKind::LookupError, format!("no CJK table {}", name)))?;
        let mut flat = Vec::with_capacity(t.len() * 2);
        for (code, cp) in t {
            flat.push(Value::Int(code as i64));
            flat.push(Value::Int(cp as i64));
        }
        Ok(Value::list(flat))
    });
}
