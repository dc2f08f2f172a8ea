//! `_opcode`: minipy's instruction names in the numbering `co_code` uses
//! (see `compile::code_attrs`), for the `opcode` and `dis` modules.

use crate::object::{Dict, Value};

pub fn init(d: &Dict) {
    let (table, have_argument) = crate::compile::code_attrs::opcode_numbers();
    d.set_str("opnames", Value::list(table.iter().map(|(n, _)| Value::str(n)).collect()));
    d.set_str("HAVE_ARGUMENT", Value::Int(have_argument as i64));
}
