//! Floats built from an integer mantissa and a power of two, rounded once
//! (half to even): `math.ldexp` and `float.fromhex`, which 2.7 computes
//! exactly down to the subnormals (repeated `* 2.0` would round twice).

/// `m * 2**exp` (plus a nonzero tail below `m` when `sticky`) as the nearest
/// double; `None` when it is too large for one.
fn from_parts(m: u128, exp: i64, sticky: bool) -> Option<f64> {
    if m == 0 {
        return Some(0.0);
    }
    let bits = 128 - m.leading_zeros() as i64;
    let top = bits - 1 + exp;
    if top > 1023 {
        return None;
    }
    // The weight of the last kept bit: 53 significant bits, but never
    // below the smallest subnormal's.
    let mut lsb = (top - 52).max(-1074);
    let shift = lsb - exp;
    let mut q: u128 = if shift <= 0 {
        m << (-shift) as u32
    } else if shift >= 128 {
        // Callers keep m below 2**120: the value is under half an ulp.
        0
    } else {
        let q = m >> shift as u32;
        let rem = m & ((1u128 << shift as u32) - 1);
        let half = 1u128 << (shift - 1) as u32;
        if rem > half || (rem == half && (sticky || q & 1 == 1)) {
            q + 1
        } else {
            q
        }
    };
    if q == 1u128 << 53 {
        q >>= 1;
        lsb += 1;
    }
    if lsb + 52 > 1023 {
        return None;
    }
    let q = q as u64;
    let out = if q < 1u64 << 52 { q } else { (((lsb + 52 + 1023) as u64) << 52) | (q & ((1u64 << 52) - 1)) };
    Some(f64::from_bits(out))
}

/// `x * 2**e` rounded once; infinite when out of range (the caller turns
/// that into OverflowError).
pub fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let b = x.to_bits();
    let biased = ((b >> 52) & 0x7ff) as i64;
    let frac = b & ((1u64 << 52) - 1);
    let (m, exp) = if biased == 0 { (frac, -1074) } else { (frac | (1u64 << 52), biased - 1075) };
    let e = e.clamp(-100_000, 100_000);
    let mag = from_parts(m as u128, exp + e, false).unwrap_or(f64::INFINITY);
    mag.copysign(x)
}

/// Why `float.fromhex` refused its argument.
pub enum HexError {
    Invalid,
    TooLarge,
}

/// `float.fromhex(s)`: `[sign] ['0x'] digits ['.' digits] ['p' exponent]`,
/// `inf`, `infinity` or `nan`, with surrounding whitespace.
pub fn fromhex(s: &[u8]) -> Result<f64, HexError> {
    // C's isspace: Rust's ASCII whitespace lacks the vertical tab.
    let space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let start = s.iter().position(|c| !space(c)).unwrap_or(s.len());
    let end = s.iter().rposition(|c| !space(c)).map_or(start, |i| i + 1);
    let t = &s[start..end];
    let (neg, t) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let sign = |v: f64| if neg { -v } else { v };
    match lower.as_slice() {
        b"inf" | b"infinity" => return Ok(sign(f64::INFINITY)),
        b"nan" => return Ok(sign(f64::NAN)),
        _ => {}
    }
    let mut rest: &[u8] = lower.strip_prefix(b"0x").unwrap_or(&lower);
    let mut m: u128 = 0;
    let mut exp: i64 = 0;
    let mut sticky = false;
    let mut digits = 0usize;
    let mut seen_point = false;
    while let Some(&c) = rest.first() {
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'.' if !seen_point => {
                seen_point = true;
                rest = &rest[1..];
                continue;
            }
            _ => break,
        };
        digits += 1;
        if m < 1u128 << 116 {
            m = m * 16 + d as u128;
            if seen_point {
                exp -= 4;
            }
        } else {
            sticky |= d != 0;
            if !seen_point {
                exp += 4;
            }
        }
        rest = &rest[1..];
    }
    if digits == 0 {
        return Err(HexError::Invalid);
    }
    if let Some(e) = rest.strip_prefix(b"p") {
        let (eneg, e) = match e.first() {
            Some(b'-') => (true, &e[1..]),
            Some(b'+') => (false, &e[1..]),
            _ => (false, e),
        };
        if e.is_empty() || !e.iter().all(u8::is_ascii_digit) {
            return Err(HexError::Invalid);
        }
        let mut v: i64 = 0;
        for &c in e {
            v = (v * 10 + (c - b'0') as i64).min(1_000_000_000);
        }
        exp += if eneg { -v } else { v };
    } else if !rest.is_empty() {
        return Err(HexError::Invalid);
    }
    from_parts(m, exp, sticky).map(sign).ok_or(HexError::TooLarge)
}
