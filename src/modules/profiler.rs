//! `_profiler`: the native half of `cProfile`/`profile`. `enable()` starts
//! collecting call counts and times of Python functions on the calling
//! thread (see `vm::profiler`); `disable()` stops and returns what was
//! collected as (filename, firstlineno, name, ncalls, primcalls, tottime,
//! cumtime) tuples.

use super::{check_args, def};
use crate::object::{Dict, Value};
use crate::vm::profiler::Profiler;

pub fn init(d: &Dict) {
    def(d, "enable", |vm, a, _| {
        check_args("enable", a, 0, 0)?;
        if vm.profiler.is_none() {
            vm.profiler = Some(Box::default());
        }
        Ok(Value::None)
    });
    def(d, "disable", |vm, a, _| {
        check_args("disable", a, 0, 0)?;
        let Some(p) = vm.profiler.take() else { return Ok(Value::list(vec![])) };
        Ok(Value::list(stats(&p)))
    });
    def(d, "is_enabled", |vm, a, _| {
        check_args("is_enabled", a, 0, 0)?;
        Ok(Value::bool(vm.profiler.is_some()))
    });
}

fn stats(p: &Profiler) -> Vec<Value> {
    let mut entries: Vec<_> = p.entries.values().collect();
    entries.sort_by_key(|e| e.code.id);
    entries
        .into_iter()
        .map(|e| {
            Value::tuple(vec![
                Value::str(&e.code.filename),
                Value::Int(e.code.first_line as i64),
                Value::Str(e.code.name.clone()),
                Value::Int(e.ncalls as i64),
                Value::Int(e.primcalls as i64),
                Value::float(e.tottime),
                Value::float(e.cumtime),
            ])
        })
        .collect()
}
