//! Tab completion at the prompt, as 2.7's `rlcompleter` does it: names in
//! the `__main__` namespace, builtins and keywords; after a dot, the
//! attributes of the dotted name before it (looked up by attribute access
//! only, never by calling anything); module names after `import` / `from`
//! (the embedded stdlib, native modules, `sys.path` and `sys.modules`).
//! Runs on the interpreter thread with the GIL held.

use crate::object::{PyStr, Value};
use crate::vm::Vm;

/// Python 2.7's keywords (`keyword.kwlist`).
pub const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else", "except", "exec", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "not", "or", "pass", "print", "raise", "return",
    "try", "while", "with", "yield",
];

/// Modules written in Rust (`modules::native_module`), plus `sys` and
/// `__builtin__`, which always exist.
const NATIVE: &[&str] = &[
    "__builtin__",
    "sys",
    "time",
    "math",
    "cmath",
    "posix",
    "thread",
    "signal",
    "threading",
    "Queue",
    "traceback",
    "_profiler",
    "_struct",
    "binascii",
    "zlib",
    "_hashlib",
    "_sre",
    "gc",
    "_weakref",
];

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Completes the text before `pos` in `line`: where the replaced text
/// starts, and the candidates (sorted, without repeats).
pub fn complete(vm: &mut Vm, line: &str, pos: usize) -> (usize, Vec<String>) {
    let pos = pos.min(line.len());
    let before = &line[..pos];
    if before.trim().is_empty() {
        // Tab on an empty line indents, as rlcompleter does.
        return (pos, vec!["    ".to_string()]);
    }
    if let Some(r) = import_context(vm, before) {
        return r;
    }
    let start = before.rfind(|c: char| !(is_ident_char(c) || c == '.')).map_or(0, |i| i + 1);
    let text = &before[start..];
    let mut out = match text.rsplit_once('.') {
        Some((expr, attr)) => {
            let attr_start = pos - attr.len();
            return (attr_start, sorted(attr_matches(vm, expr, attr)));
        }
        None => global_matches(vm, text),
    };
    out = sorted(out);
    (start, out)
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v.dedup();
    v
}

/// Names hidden unless asked for: `_x` only when the text starts with `_`.
fn wanted(name: &str, text: &str) -> bool {
    name.starts_with(text) && (text.starts_with('_') || !name.starts_with('_'))
}

/// A callable gets `(` after its name, as in rlcompleter.
fn with_postfix(vm: &Vm, name: String, v: &Value) -> String {
    if vm.is_callable(v) {
        name + "("
    } else {
        name
    }
}

fn global_matches(vm: &mut Vm, text: &str) -> Vec<String> {
    let mut out: Vec<String> = KEYWORDS.iter().filter(|k| k.starts_with(text)).map(|k| k.to_string()).collect();
    let globals = vm.main_globals();
    let builtins = vm.interp.builtins.clone();
    for dict in [globals, builtins] {
        for (k, v) in dict.items() {
            let Some(name) = k.as_str().map(|s| s.to_string_lossy()) else { continue };
            if wanted(&name, text) && !KEYWORDS.contains(&name.as_str()) {
                out.push(with_postfix(vm, name, &v));
            }
        }
    }
    out
}

/// Looks up a dotted name (`a.b.c`) by attribute access only.
fn lookup(vm: &mut Vm, expr: &str) -> Option<Value> {
    let mut parts = expr.split('.');
    let first = parts.next()?;
    if first.is_empty() || first.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let key = PyStr::from_str(first);
    let mut obj = vm.main_globals().get_str(&key).or_else(|| vm.interp.builtins.get_str(&key))?;
    for part in parts {
        if part.is_empty() || !part.chars().all(is_ident_char) {
            return None;
        }
        obj = vm.getattr(&obj, &PyStr::from_str(part)).ok()?;
    }
    Some(obj)
}

/// The names `dir()` gives, as strings.
fn dir_names(vm: &mut Vm, obj: &Value) -> Vec<String> {
    let Some(dir) = vm.interp.builtins.get_str(&PyStr::from_str("dir")) else { return Vec::new() };
    let Ok(list) = vm.call(&dir, vec![obj.clone()]) else { return Vec::new() };
    let Ok(items) = vm.to_vec(&list) else { return Vec::new() };
    items.iter().filter_map(|v| v.as_str().map(|s| s.to_string_lossy())).collect()
}

fn attr_matches(vm: &mut Vm, expr: &str, attr: &str) -> Vec<String> {
    let Some(obj) = lookup(vm, expr) else { return Vec::new() };
    let mut names = dir_names(vm, &obj);
    // As rlcompleter: the class's members too (dir() of an instance with a
    // custom __dir__ may leave them out).
    if let Ok(cls) = vm.getattr(&obj, &PyStr::from_str("__class__")) {
        names.push("__class__".to_string());
        names.extend(dir_names(vm, &cls));
    }
    names.sort();
    names.dedup();
    let mut out = Vec::new();
    for name in names {
        if !wanted(&name, attr) {
            continue;
        }
        if let Ok(v) = vm.getattr(&obj, &PyStr::from_str(&name)) {
            out.push(with_postfix(vm, name, &v));
        }
    }
    out
}

/// `import a`, `import a, b.c`, `from a.b`, `from a import b`.
fn import_context(vm: &mut Vm, before: &str) -> Option<(usize, Vec<String>)> {
    let s = before.trim_start();
    let word_start = before.rfind(|c: char| c.is_whitespace() || c == ',' || c == '(').map_or(0, |i| i + 1);
    let word = &before[word_start..];
    let mut tokens = s.split_whitespace();
    let first = tokens.next()?;
    let ends_in_space = before.ends_with(char::is_whitespace);
    match first {
        "import" if s.len() > "import".len() => {
            let (start, names) = module_names(vm, word);
            Some((start + word_start, names))
        }
        "from" => {
            let module = tokens.next();
            let third = tokens.next();
            match (module, third) {
                // `from a.b` (still typing the module)
                (Some(_), None) if !ends_in_space => {
                    let (start, names) = module_names(vm, word);
                    Some((start + word_start, names))
                }
                // `from a.b ` or `from a.b im`: the keyword
                (Some(_), None) => Some((before.len(), vec!["import".to_string()])),
                (Some(_), Some(t)) if "import".starts_with(t) && t != "import" && !ends_in_space => {
                    Some((word_start, vec!["import".to_string()]))
                }
                (Some(m), Some("import")) => {
                    let text = if ends_in_space && word.is_empty() { "" } else { word };
                    Some((before.len() - text.len(), names_in_module(vm, m, text)))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// Module names completing `word` (dotted: the submodules of its package).
/// Returns the offset within `word` where the replaced part starts.
fn module_names(vm: &mut Vm, word: &str) -> (usize, Vec<String>) {
    let (pkg, leaf) = match word.rsplit_once('.') {
        Some((p, l)) => (Some(p), l),
        None => (None, word),
    };
    let mut all: Vec<String> = Vec::new();
    let mut push = |full: &str| {
        let rest = match pkg {
            Some(p) => full.strip_prefix(p).and_then(|r| r.strip_prefix('.')),
            None => Some(full),
        };
        if let Some(r) = rest {
            let head = r.split('.').next().unwrap_or(r);
            if !head.is_empty() && wanted(head, leaf) {
                all.push(head.to_string());
            }
        }
    };
    for (name, _, _) in crate::vm::import::STDLIB {
        push(name);
    }
    for name in NATIVE {
        push(name);
    }
    for k in vm.interp.modules.keys() {
        if let Some(s) = k.as_str() {
            push(&s.to_string_lossy());
        }
    }
    // Modules and packages in the folders of sys.path.
    let dirs: Vec<std::path::PathBuf> = match pkg {
        Some(p) => vm
            .interp
            .modules
            .get_str(&PyStr::from_str(p))
            .and_then(|m| vm.getattr(&m, &PyStr::from_str("__path__")).ok())
            .and_then(|l| vm.to_vec(&l).ok())
            .unwrap_or_default()
            .iter()
            .filter_map(|v| v.as_str().map(|s| std::path::PathBuf::from(s.to_string_lossy())))
            .collect(),
        None => match vm.interp.sys.get_str(&PyStr::from_str("path")) {
            Some(Value::List(l)) => l
                .snapshot()
                .iter()
                .filter_map(|v| v.as_str().map(|s| s.to_string_lossy()))
                .map(|s| std::path::PathBuf::from(if s.is_empty() { ".".to_string() } else { s }))
                .collect(),
            _ => Vec::new(),
        },
    };
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for e in entries.flatten().take(2000) {
            let name = e.file_name().to_string_lossy().into_owned();
            let module = if let Some(m) = name.strip_suffix(".py") {
                Some(m.to_string())
            } else if e.path().join("__init__.py").is_file() {
                Some(name.clone())
            } else {
                None
            };
            if let Some(m) = module {
                if m.chars().all(is_ident_char) && wanted(&m, leaf) {
                    all.push(m);
                }
            }
        }
    }
    let start = word.len() - leaf.len();
    (start, sorted(all))
}

/// After `from m import`: the names of `m` if it is already imported (it is
/// not imported here: that would run its code), and its submodules.
fn names_in_module(vm: &mut Vm, module: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(m) = vm.interp.modules.get_str(&PyStr::from_str(module)) {
        out.extend(dir_names(vm, &m).into_iter().filter(|n| wanted(n, text)));
    }
    let (_, subs) = module_names(vm, &format!("{}.{}", module, text));
    out.extend(subs);
    sorted(out)
}
