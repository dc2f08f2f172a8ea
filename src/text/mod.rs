//! Text formatting helpers for minipy: number parsing/printing, repr, `%` and `str.format`.
//!
//! Everything here works on plain Rust data (`&[u8]` for Python 2 `str`,
//! `BigInt`, `f64`) and reports errors as `Err(String)` holding CPython
//! 2.7's exact message. Most are ValueError; use [`error_kind`] for the
//! exception class. Messages that quote arbitrary input bytes carry each byte
//! from 0x80 up as the char U+0080..U+00FF; [`error_bytes`] turns a message
//! back into the Python `str` bytes.

pub mod float;
pub mod format;
pub mod int;
pub mod percent;
pub mod repr;
pub mod spec;

#[cfg(test)]
mod tests_float;
#[cfg(test)]
mod tests_format;
#[cfg(test)]
mod tests_int;
#[cfg(test)]
mod tests_percent;
#[cfg(test)]
mod tests_spec;
#[cfg(test)]
mod tests_spec_float;
#[cfg(test)]
mod tests_util;

pub use float::{
    double_to_string, float_format_exp, float_format_fixed, float_format_general, float_repr, float_str,
    float_too_long, fmt_round, parse_float, DtsFlags, FloatStyle, MEMORY_ERROR,
};
pub use format::{
    conversion_error, parse_format_string, Accessor, AutoNumber, FieldFirst, FieldKey, FormatField, FormatPiece,
    FORMAT_MAX_DEPTH, FORMAT_RECURSION_ERROR,
};
pub use int::{int_to_base, parse_int};
pub use percent::{
    parse_percent, pct_char, pct_format_float, pct_format_int, pct_format_small_int, pct_format_str, Count,
    PercentError, PercentFlags, PercentFormat, PercentPiece, PercentSpec,
};
pub use repr::str_repr;
pub use spec::{
    apply_spec_float, apply_spec_int, apply_spec_str, bigint_to_f64, format_float, format_int, format_str,
    format_unicode, parse_format_spec, FormatSpec,
};

/// The Python exception class for an error message from this module:
/// `"MemoryError"` for the empty message (absurd widths/precisions),
/// `"OverflowError"` for the few overflow messages, else `"ValueError"`.
pub fn error_kind(msg: &str) -> &'static str {
    if msg.is_empty() {
        return "MemoryError";
    }
    const OVERFLOW: &[&str] = &[
        "long int too large to convert to float",
        "Python int too large to convert to C long",
        "%c arg not in range(0x100)",
        "formatted integer is too long (precision too large?)",
        "rounded value too large to represent",
        "unsigned byte integer is greater than maximum",
        "unsigned byte integer is less than minimum",
    ];
    if OVERFLOW.contains(&msg) {
        "OverflowError"
    } else {
        "ValueError"
    }
}

/// The bytes of an error message as a Python 2 `str` (chars U+0000..U+00FF
/// map to single bytes; anything else, which this module never produces, to `?`).
pub fn error_bytes(msg: &str) -> Vec<u8> {
    msg.chars().map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')).collect()
}
