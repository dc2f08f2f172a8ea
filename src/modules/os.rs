//! The `os` and `os.path` modules (the small part scripts commonly use).

use std::sync::Arc;

use super::{check_args, def, str_arg};
use crate::object::module::Module;
use crate::object::{Dict, Object, PyResult, PyStr, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm, d: &Arc<Dict>) {
    def(d, "getpid", |_, _, _| Ok(Value::Int(std::process::id() as i64)));
    def(d, "getcwd", |_, _, _| {
        Ok(Value::str(&std::env::current_dir().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()))
    });
    def(d, "listdir", |_, a, _| {
        check_args("listdir", a, 1, 1)?;
        let p = str_arg(&a[0], "listdir")?.to_string_lossy();
        let mut names: Vec<String> = std::fs::read_dir(&p)
            .map(|r| r.filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned())).collect())
            .unwrap_or_default();
        names.sort();
        Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()))
    });
    def(d, "remove", |_, a, _| {
        check_args("remove", a, 1, 1)?;
        let p = str_arg(&a[0], "remove")?.to_string_lossy();
        let _ = std::fs::remove_file(p);
        Ok(Value::None)
    });
    let env = Dict::new();
    for (k, v) in std::env::vars() {
        env.set_str(&k, Value::str(&v));
    }
    d.set_str("environ", Value::Dict(Arc::new(env)));
    d.set_str("sep", Value::str("/"));
    d.set_str("linesep", Value::str("\n"));
    d.set_str("name", Value::str("posix"));
    let path = vm.import_module("os.path", &Dict::new()).unwrap_or(Value::None);
    d.set_str("path", path);
}

fn path_str(v: &Value) -> PyResult<String> {
    Ok(str_arg(v, "path")?.to_string_lossy())
}

pub fn init_path(d: &Arc<Dict>) {
    def(d, "join", |_, a, _| {
        let mut out = String::new();
        for p in a {
            let s = path_str(p)?;
            if s.starts_with('/') {
                out = s;
            } else if out.is_empty() || out.ends_with('/') {
                out.push_str(&s);
            } else {
                out.push('/');
                out.push_str(&s);
            }
        }
        Ok(Value::str(&out))
    });
    def(d, "exists", |_, a, _| {
        check_args("exists", a, 1, 1)?;
        Ok(Value::Bool(std::path::Path::new(&path_str(&a[0])?).exists()))
    });
    def(d, "isfile", |_, a, _| {
        check_args("isfile", a, 1, 1)?;
        Ok(Value::Bool(std::path::Path::new(&path_str(&a[0])?).is_file()))
    });
    def(d, "isdir", |_, a, _| {
        check_args("isdir", a, 1, 1)?;
        Ok(Value::Bool(std::path::Path::new(&path_str(&a[0])?).is_dir()))
    });
    def(d, "basename", |_, a, _| {
        check_args("basename", a, 1, 1)?;
        let s = path_str(&a[0])?;
        Ok(Value::str(s.rsplit('/').next().unwrap_or("")))
    });
    def(d, "dirname", |_, a, _| {
        check_args("dirname", a, 1, 1)?;
        let s = path_str(&a[0])?;
        Ok(Value::str(match s.rfind('/') {
            Some(0) => "/",
            Some(i) => &s[..i],
            None => "",
        }))
    });
    def(d, "split", |_, a, _| {
        check_args("split", a, 1, 1)?;
        let s = path_str(&a[0])?;
        let (h, t) = match s.rfind('/') {
            Some(0) => ("/".to_string(), s[1..].to_string()),
            Some(i) => (s[..i].to_string(), s[i + 1..].to_string()),
            None => (String::new(), s.clone()),
        };
        Ok(Value::tuple(vec![Value::str(&h), Value::str(&t)]))
    });
    def(d, "splitext", |_, a, _| {
        check_args("splitext", a, 1, 1)?;
        let s = path_str(&a[0])?;
        let base_start = s.rfind('/').map(|i| i + 1).unwrap_or(0);
        let (r, e) = match s[base_start..].rfind('.') {
            Some(i) if i > 0 && !s[base_start..base_start + i].chars().all(|c| c == '.') => {
                (s[..base_start + i].to_string(), s[base_start + i..].to_string())
            }
            _ => (s.clone(), String::new()),
        };
        Ok(Value::tuple(vec![Value::str(&r), Value::str(&e)]))
    });
    def(d, "abspath", |_, a, _| {
        check_args("abspath", a, 1, 1)?;
        let s = path_str(&a[0])?;
        let p = std::env::current_dir().unwrap_or_default().join(s);
        Ok(Value::str(&p.to_string_lossy()))
    });
    d.set_str("sep", Value::str("/"));
    let _ = |m: Module| Value::other(Object::Module(m));
    let _ = PyStr::from_str;
}
