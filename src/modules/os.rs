//! The `os` and `os.path` modules (the small part scripts commonly use).

use std::sync::Arc;

use super::{check_args, def, str_arg};
use crate::object::module::Module;
use crate::object::{Dict, Object, PyResult, PyStr, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm, d: &Arc<Dict>) {
    def(d, "getpid", |_, a, _| {
        check_args("getpid", a, 0, 0)?;
        Ok(Value::Int(std::process::id() as i64))
    });
    def(d, "getcwd", |_, a, _| {
        check_args("getcwd", a, 0, 0)?;
        Ok(Value::str(&std::env::current_dir().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()))
    });
    def(d, "listdir", |_, a, _| {
        check_args("listdir", a, 1, 1)?;
        let p = str_arg(&a[0], "listdir")?.to_string_lossy();
        let entries = std::fs::read_dir(&p).map_err(|e| os_error(e, &p))?;
        let mut names: Vec<String> =
            entries.filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned())).collect();
        names.sort();
        Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()))
    });
    def(d, "remove", |_, a, _| {
        check_args("remove", a, 1, 1)?;
        let p = str_arg(&a[0], "remove")?.to_string_lossy();
        std::fs::remove_file(&p).map_err(|e| os_error(e, &p))?;
        Ok(Value::None)
    });
    if let Some(f) = d.get_str(&PyStr::from_str("remove")) {
        d.set_str("unlink", f);
    }
    def(d, "mkdir", |_, a, _| {
        check_args("mkdir", a, 1, 2)?;
        let p = str_arg(&a[0], "mkdir")?;
        if p.as_bytes().contains(&0) {
            return Err(crate::object::PyErr::new(
                crate::object::ExcKind::TypeError,
                "mkdir() argument 1 must be encoded string without NULL bytes, not str",
            ));
        }
        let p = p.to_string_lossy();
        let mode = match a.get(1) {
            Some(m) => super::int_arg(m, "mkdir")? as u32,
            None => 0o777,
        };
        // The mode goes through the umask, as mkdir(2) does.
        std::os::unix::fs::DirBuilderExt::mode(&mut std::fs::DirBuilder::new(), mode)
            .create(&p)
            .map_err(|e| os_error(e, &p))?;
        Ok(Value::None)
    });
    def(d, "makedirs", |_, a, _| {
        check_args("makedirs", a, 1, 2)?;
        let p = str_arg(&a[0], "makedirs")?.to_string_lossy();
        if std::path::Path::new(&p).exists() {
            return Err(os_error(std::io::Error::from_raw_os_error(17), &p));
        }
        std::fs::create_dir_all(&p).map_err(|e| os_error(e, &p))?;
        Ok(Value::None)
    });
    def(d, "rmdir", |_, a, _| {
        check_args("rmdir", a, 1, 1)?;
        let p = str_arg(&a[0], "rmdir")?.to_string_lossy();
        std::fs::remove_dir(&p).map_err(|e| os_error(e, &p))?;
        Ok(Value::None)
    });
    def(d, "rename", |_, a, _| {
        check_args("rename", a, 2, 2)?;
        let p = str_arg(&a[0], "rename")?.to_string_lossy();
        let q = str_arg(&a[1], "rename")?.to_string_lossy();
        std::fs::rename(&p, &q).map_err(|e| os_error(e, &p))?;
        Ok(Value::None)
    });
    def(d, "strerror", |_, a, _| {
        check_args("strerror", a, 1, 1)?;
        let n = crate::object::number::as_i64(&a[0]).unwrap_or(0) as i32;
        Ok(Value::str(&errno_text(n)))
    });
    def(d, "walk", |vm, a, _| {
        check_args("walk", a, 1, 4)?;
        let top = str_arg(&a[0], "walk")?.to_string_lossy();
        let mut out = Vec::new();
        let mut stack = vec![top];
        while let Some(dir) = stack.pop() {
            let Ok(rd) = std::fs::read_dir(&dir) else { continue };
            let (mut dirs, mut files) = (Vec::new(), Vec::new());
            for e in rd.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if e.path().is_dir() {
                    dirs.push(name);
                } else {
                    files.push(name);
                }
            }
            dirs.sort();
            files.sort();
            for sub in dirs.iter().rev() {
                stack.push(if dir.ends_with('/') { format!("{}{}", dir, sub) } else { format!("{}/{}", dir, sub) });
            }
            out.push(Value::tuple(vec![
                Value::str(&dir),
                Value::list(dirs.iter().map(|s| Value::str(s)).collect()),
                Value::list(files.iter().map(|s| Value::str(s)).collect()),
            ]));
        }
        vm.iter(&Value::list(out))
    });
    d.set_str("devnull", Value::str("/dev/null"));
    d.set_str("error", Value::Class(crate::object::ExcKind::OSError.class().clone()));
    let env = Dict::new();
    for (k, v) in std::env::vars() {
        env.set_str(&k, Value::str(&v));
    }
    d.set_str("environ", Value::Dict(Arc::new(env)));
    d.set_str("sep", Value::str("/"));
    d.set_str("curdir", Value::str("."));
    d.set_str("pardir", Value::str(".."));
    d.set_str("extsep", Value::str("."));
    d.set_str("pathsep", Value::str(":"));
    d.set_str("linesep", Value::str("\n"));
    def(d, "getenv", |vm, a, _| {
        check_args("getenv", a, 1, 2)?;
        let k = str_arg(&a[0], "getenv")?.to_string_lossy();
        let _ = vm;
        Ok(match super::env_overlay::get(&k) {
            Some(v) => Value::str(&v),
            None => a.get(1).cloned().unwrap_or(Value::None),
        })
    });
    def(d, "urandom", |_, a, _| {
        check_args("urandom", a, 1, 1)?;
        let n = crate::modules::int_arg(&a[0], "urandom")?;
        if n < 0 {
            return Err(crate::object::PyErr::new(crate::object::ExcKind::ValueError, "negative argument not allowed"));
        }
        // The kernel's generator, as 2.7 reads it (a failure to open it,
        // such as EMFILE, is an OSError).
        use std::io::Read;
        let mut f = std::fs::File::open("/dev/urandom").map_err(|e| os_error(e, "/dev/urandom"))?;
        let mut out = crate::object::alloc::zeroed(n as usize)?;
        f.read_exact(&mut out).map_err(|e| os_error(e, "/dev/urandom"))?;
        Ok(Value::bytes(out))
    });
    d.set_str("name", Value::str("posix"));
    super::os_extra::init(d);
    super::os_libc::init(d);
    super::os_proc::init(d);
    // os.path is made here, not imported: importing it would import os again.
    let path_dict = Arc::new(Dict::new());
    path_dict.set_str("__name__", Value::str("posixpath"));
    init_path(&path_dict);
    super::os_extra::init_path(&path_dict);
    let path = Value::other(Object::Module(Module { name: Arc::new(PyStr::from_str("posixpath")), dict: path_dict }));
    vm.interp.modules.set_str("os.path", path.clone());
    vm.interp.modules.set_str("posixpath", path.clone());
    d.set_str("path", path);
}

/// The text CPython shows for an errno.
pub(crate) fn errno_text(n: i32) -> String {
    match n {
        1 => "Operation not permitted".into(),
        2 => "No such file or directory".into(),
        13 => "Permission denied".into(),
        17 => "File exists".into(),
        20 => "Not a directory".into(),
        21 => "Is a directory".into(),
        39 => "Directory not empty".into(),
        _ => std::io::Error::from_raw_os_error(n).to_string().split(" (os error").next().unwrap_or("").to_string(),
    }
}

/// OSError(errno, strerror, filename) for a failed call on `path`.
pub(crate) fn os_error(e: std::io::Error, path: &str) -> crate::object::PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    crate::object::PyErr::with_args(
        crate::object::ExcKind::OSError,
        vec![Value::Int(errno as i64), Value::str(&errno_text(errno)), Value::str(path)],
    )
}

fn path_str(v: &Value) -> PyResult<String> {
    Ok(str_arg(v, "path")?.to_string_lossy())
}

pub fn init_path(d: &Arc<Dict>) {
    def(d, "join", |_, a, _| {
        if a.is_empty() {
            return Err(crate::object::PyErr::new(
                crate::object::ExcKind::TypeError,
                "join() takes at least 1 argument (0 given)",
            ));
        }
        // A unicode part makes the result unicode, as 2.7's string joins do.
        let uni = a.iter().any(|p| crate::object::unicode::as_unicode(p).is_some());
        // Bytes, not text: a str path need not be valid UTF-8.
        let mut out: Vec<u8> = Vec::new();
        for p in a {
            let s = str_arg(p, "path")?.as_bytes();
            if s.starts_with(b"/") {
                out = s.to_vec();
            } else if out.is_empty() || out.ends_with(b"/") {
                out.extend_from_slice(s);
            } else {
                out.push(b'/');
                out.extend_from_slice(s);
            }
        }
        Ok(if uni { crate::object::unicode::from_utf8(out) } else { Value::bytes(out) })
    });
    def(d, "exists", |_, a, _| {
        check_args("exists", a, 1, 1)?;
        Ok(Value::bool(std::path::Path::new(&path_str(&a[0])?).exists()))
    });
    def(d, "isfile", |_, a, _| {
        check_args("isfile", a, 1, 1)?;
        Ok(Value::bool(std::path::Path::new(&path_str(&a[0])?).is_file()))
    });
    def(d, "isdir", |_, a, _| {
        check_args("isdir", a, 1, 1)?;
        Ok(Value::bool(std::path::Path::new(&path_str(&a[0])?).is_dir()))
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
        Ok(Value::str(&normpath(&p.to_string_lossy())))
    });
    d.set_str("sep", Value::str("/"));
    d.set_str("curdir", Value::str("."));
    d.set_str("pardir", Value::str(".."));
    def(d, "isabs", |_, a, _| {
        check_args("isabs", a, 1, 1)?;
        Ok(Value::bool(path_str(&a[0])?.starts_with('/')))
    });
    def(d, "normpath", |_, a, _| {
        check_args("normpath", a, 1, 1)?;
        Ok(Value::str(&normpath(&path_str(&a[0])?)))
    });
    def(d, "expanduser", |_, a, _| {
        check_args("expanduser", a, 1, 1)?;
        let s = path_str(&a[0])?;
        if s == "~" || s.starts_with("~/") {
            if let Ok(home) = std::env::var("HOME") {
                return Ok(Value::str(&format!("{}{}", home.trim_end_matches('/'), &s[1..])));
            }
        }
        Ok(Value::str(&s))
    });
    def(d, "getsize", |_, a, _| {
        check_args("getsize", a, 1, 1)?;
        let s = path_str(&a[0])?;
        match std::fs::metadata(&s) {
            Ok(m) => Ok(Value::Int(m.len() as i64)),
            Err(_) => Err(crate::object::PyErr::with_args(
                crate::object::ExcKind::OSError,
                vec![Value::Int(2), Value::str("No such file or directory"), Value::str(&s)],
            )),
        }
    });
}

/// `os.path.normpath`: collapses `//`, `.` and `..`.
pub(crate) fn normpath(s: &str) -> String {
    if s.is_empty() {
        return ".".into();
    }
    let abs = s.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for p in s.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if !abs {
                    parts.push("..");
                }
            }
            p => parts.push(p),
        }
    }
    let body = parts.join("/");
    match (abs, body.is_empty()) {
        (true, _) => format!("/{}", body),
        (false, true) => ".".into(),
        (false, false) => body,
    }
}
