//! `unicodedata`: the Unicode 5.2 database of CPython 2.7 (names, lookup,
//! properties, numeric values, decompositions, the four normalization
//! forms), over the tables of `ucd.rs`.

use std::sync::Arc;

pub mod ucd;
use crate::object::function::KwArgs;
use crate::object::unicode::{as_unicode, cps, from_cps};
use crate::object::{Dict, ExcKind, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

fn type_err(msg: String) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

fn arity(name: &str, a: &[Value], kw: &KwArgs, min: usize, max: usize) -> PyResult<()> {
    super::no_keywords(name, kw)?;
    let n = a.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let (how, want) = if min == max {
        ("exactly", min)
    } else if n < min {
        ("at least", min)
    } else {
        ("at most", max)
    };
    Err(type_err(format!(
        "{}() takes {} {} argument{} ({} given)",
        name,
        how,
        want,
        if want == 1 { "" } else { "s" },
        n
    )))
}

/// A unicode argument (or a subclass instance's text).
fn unicode_arg(name: &str, pos: usize, v: &Value) -> PyResult<Arc<PyStr>> {
    match as_unicode(&crate::vm::ops::unwrap_base(v)) {
        Some(s) => Ok(s.clone()),
        None => Err(type_err(format!("{}() argument {} must be unicode, not {}", name, pos, v.type_name()))),
    }
}

/// The one code point of a one-character unicode argument.
fn char_arg(name: &str, a: &[Value]) -> PyResult<u32> {
    let s = unicode_arg(name, 1, &a[0])?;
    let c = cps(s.as_bytes());
    if c.len() != 1 {
        return Err(type_err("need a single Unicode character as parameter".into()));
    }
    Ok(c[0])
}

fn value_err(msg: &str) -> PyErr {
    PyErr::new(ExcKind::ValueError, msg)
}

/// decimal/digit/numeric: the value, else the default, else ValueError.
fn number_fn(name: &'static str, a: &[Value], kw: &KwArgs, missing: &str) -> PyResult {
    arity(name, a, kw, 1, 2)?;
    let cp = char_arg(name, a)?;
    let n = ucd::numeric(cp);
    let v = match name {
        "decimal" => n.and_then(|n| n.decimal).map(|d| Value::Int(d as i64)),
        "digit" => n.and_then(|n| n.digit).map(|d| Value::Int(d as i64)),
        _ => n.map(|n| Value::float(n.numeric)),
    };
    match (v, a.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(value_err(missing)),
    }
}

fn prop_fn(name: &'static str, a: &[Value], kw: &KwArgs) -> PyResult {
    arity(name, a, kw, 1, 1)?;
    let cp = char_arg(name, a)?;
    let p = ucd::props(cp);
    Ok(match name {
        "category" => Value::str(p.category),
        "bidirectional" => Value::str(p.bidi),
        "combining" => Value::Int(p.combining as i64),
        "east_asian_width" => Value::str(p.east_asian_width),
        "mirrored" => Value::Int(p.mirrored as i64),
        _ => Value::str(ucd::decomposition(cp)),
    })
}

pub fn init(d: &Dict) {
    d.set_str("unidata_version", Value::str("5.2.0"));
    super::def(d, "lookup", |_: &mut Vm, a, kw| {
        arity("lookup", a, kw, 1, 1)?;
        let name = super::str_arg(&a[0], "lookup() argument 1")?;
        let text = String::from_utf8_lossy(name.as_bytes()).into_owned();
        match ucd::lookup(&text) {
            Some(cp) => Ok(from_cps(&[cp])),
            None => Err(PyErr::new(ExcKind::KeyError, format!("undefined character name '{}'", text))),
        }
    });
    super::def(d, "name", |_, a, kw| {
        arity("name", a, kw, 1, 2)?;
        let cp = char_arg("name", a)?;
        match (ucd::name(cp), a.get(1)) {
            (Some(n), _) => Ok(Value::str(&n)),
            (None, Some(d)) => Ok(d.clone()),
            (None, None) => Err(value_err("no such name")),
        }
    });
    super::def(d, "decimal", |_, a, kw| number_fn("decimal", a, kw, "not a decimal"));
    super::def(d, "digit", |_, a, kw| number_fn("digit", a, kw, "not a digit"));
    super::def(d, "numeric", |_, a, kw| number_fn("numeric", a, kw, "not a numeric character"));
    super::def(d, "category", |_, a, kw| prop_fn("category", a, kw));
    super::def(d, "bidirectional", |_, a, kw| prop_fn("bidirectional", a, kw));
    super::def(d, "combining", |_, a, kw| prop_fn("combining", a, kw));
    super::def(d, "east_asian_width", |_, a, kw| prop_fn("east_asian_width", a, kw));
    super::def(d, "mirrored", |_, a, kw| prop_fn("mirrored", a, kw));
    super::def(d, "decomposition", |_, a, kw| prop_fn("decomposition", a, kw));
    super::def(d, "normalize", |_, a, kw| {
        arity("normalize", a, kw, 2, 2)?;
        let form = super::str_arg(&a[0], "normalize() argument 1")?;
        let text = unicode_arg("normalize", 2, &a[1])?;
        let form = String::from_utf8_lossy(form.as_bytes()).into_owned();
        match ucd::normalize(&form, &cps(text.as_bytes())) {
            Some(out) => Ok(from_cps(&out)),
            None => Err(value_err("invalid normalization form")),
        }
    });
}
