//! `import`: finds a module (the script's folder and `sys.path`, then the
//! embedded `stdlib/`, then native modules), runs it once, caches it in
//! `sys.modules`.

use std::path::PathBuf;
use std::sync::Arc;

use super::Vm;
use crate::compile::{compile_module_with, CompileMode};
use crate::object::module::Module;
use crate::object::{Code, Dict, ExcKind, Object, PyErr, PyResult, PyStr, Value};

/// Modules written in minipy, embedded in the binary at build time: every
/// `.py` file under `stdlib/` as (dotted name, is a package, source), listed
/// by `grammar/build.rs`. They are compiled when first imported.
pub const STDLIB: &[(&str, bool, &str)] = include!(concat!(env!("OUT_DIR"), "/stdlib_table.rs"));

/// The source of an embedded module, and whether it is a package.
pub fn embedded(name: &str) -> Option<(bool, &'static str)> {
    STDLIB.iter().find(|(n, _, _)| *n == name).map(|(_, p, s)| (*p, *s))
}

impl Vm {
    /// `import a.b.c` binds `a`: imports every prefix, returns the top one.
    pub fn import_top(&mut self, name: &str, globals: &Dict) -> PyResult {
        let leaf = self.import_module(name, globals)?;
        match name.split('.').next() {
            Some(top) if top != name => self.import_module(top, globals),
            _ => Ok(leaf),
        }
    }

    /// Imports `name` (and its parent packages) and returns the module itself.
    pub fn import_module(&mut self, name: &str, globals: &Dict) -> PyResult {
        self.check_stack()?;
        let level = name.len() - name.trim_start_matches('.').len();
        let rest = &name[level..];
        // The package the importing module lives in ('' at top level).
        let explicit =
            globals.get_str(&PyStr::from_str("__package__")).and_then(|v| v.as_str().map(|s| s.to_string_lossy()));
        let package = if let Some(p) = explicit.filter(|p| !p.is_empty()) {
            p
        } else {
            let modname =
                globals.get_str(&PyStr::from_str("__name__")).and_then(|v| v.as_str().map(|s| s.to_string_lossy()));
            let is_pkg = globals.get_str(&PyStr::from_str("__path__")).is_some();
            match modname {
                Some(m) if is_pkg => m,
                Some(m) => m.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default(),
                None => String::new(),
            }
        };
        if level > 0 {
            // Explicit relative import: `from . import m`, `from ..a import b`.
            let mut base = package.clone();
            for _ in 1..level {
                base = base.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default();
            }
            if base.is_empty() {
                return Err(PyErr::new(ExcKind::ValueError, "Attempted relative import in non-package"));
            }
            let full = if rest.is_empty() { base } else { format!("{}.{}", base, rest) };
            return self.import_absolute(&full);
        }
        // Python 2's implicit relative import: a sibling in the same package first.
        if !package.is_empty() && package != "__main__" {
            let candidate = format!("{}.{}", package, rest);
            if self.interp.modules.get_str(&PyStr::from_str(&candidate)).is_some() || self.package_has(&package, rest) {
                return self.import_absolute(&candidate);
            }
        }
        self.import_absolute(rest)
    }

    /// Does package `pkg` (already imported) contain a module or package `name`?
    fn package_has(&self, pkg: &str, name: &str) -> bool {
        let first = name.split('.').next().unwrap_or(name);
        if embedded(&format!("{}.{}", pkg, first)).is_some() {
            return true;
        }
        let Some(p) = self.interp.modules.get_str(&PyStr::from_str(pkg)) else { return false };
        module_dirs(&p)
            .iter()
            .any(|dir| dir.join(format!("{}.py", first)).is_file() || dir.join(first).join("__init__.py").is_file())
    }

    /// Imports the module with this full dotted name.
    fn import_absolute(&mut self, name: &str) -> PyResult {
        let empty = Dict::new();
        if name == "os.path" {
            self.import_absolute("os")?;
        }
        if let Some(m) = self.interp.modules.get_str(&PyStr::from_str(name)) {
            return Ok(m);
        }
        let mut parent_path: Option<Vec<PathBuf>> = None;
        let mut parent_module = None;
        if let Some((parent, _)) = name.rsplit_once('.') {
            let p = self.import_absolute(parent)?;
            if let Some(m) = self.interp.modules.get_str(&PyStr::from_str(name)) {
                return Ok(m);
            }
            parent_path = Some(module_dirs(&p));
            parent_module = Some(p);
        }
        let leaf = name.rsplit('.').next().unwrap_or(name);
        let m = self.find_and_load(name, leaf, parent_path, &empty)?;
        // A submodule is an attribute of its package.
        if let Some(Value::Other(o)) = &parent_module {
            if let Object::Module(pm) = &**o {
                pm.dict.set_str(leaf, m.clone());
            }
        }
        Ok(m)
    }

    fn find_and_load(&mut self, name: &str, leaf: &str, parent_path: Option<Vec<PathBuf>>, _empty: &Dict) -> PyResult {
        // 1. Files on sys.path (or in the parent package's __path__, which
        // code may extend with real folders).
        let dirs: Vec<PathBuf> = match parent_path {
            Some(p) => p,
            None => self.sys_path(),
        };
        for dir in dirs {
            // An embedded package's own folder is virtual: its submodules
            // come before folders appended to its __path__.
            if dir.starts_with("<stdlib>") && embedded(name).is_some() {
                break;
            }
            // An entry that is not a folder (a zip archive) has an importer.
            if !dir.as_os_str().is_empty() && !dir.starts_with("<stdlib>") && !dir.is_dir() {
                if let Some(m) = self.load_via_path_hook(name, &dir)? {
                    return Ok(m);
                }
                continue;
            }
            let file = dir.join(format!("{}.py", leaf));
            if file.is_file() {
                crate::cli::trace_import(name, &file.to_string_lossy());
                return self.load_file_module(name, &file, None);
            }
            let pkg = dir.join(leaf).join("__init__.py");
            if pkg.is_file() {
                crate::cli::trace_import(name, &pkg.to_string_lossy());
                return self.load_file_module(name, &pkg, Some(dir.join(leaf)));
            }
        }
        // 2. The embedded stdlib.
        if let Some((is_pkg, src)) = embedded(name) {
            let virtual_path = format!("<stdlib>/{}", name.replace('.', "/"));
            let init = if is_pkg { "/__init__.py" } else { ".py" };
            crate::cli::trace_import(name, &format!("{}{}", virtual_path, init));
            return if is_pkg {
                let file = format!("{}/__init__.py", virtual_path);
                self.load_source_module(name, &file, src, Some(PathBuf::from(virtual_path)))
            } else {
                self.load_source_module(name, &format!("{}.py", virtual_path), src, None)
            };
        }
        // 3. Native modules.
        if let Some(dict) = crate::modules::native_module(self, name)? {
            crate::cli::trace_import(name, "builtin");
            let m = Value::other(Object::Module(Module { name: Arc::new(PyStr::from_str(name)), dict }));
            self.interp.modules.set_str(name, m.clone());
            return Ok(m);
        }
        Err(PyErr::new(ExcKind::ImportError, format!("No module named {}", leaf)))
    }

    /// For `-m name`: the source, file name and package of the module to run
    /// as `__main__`. Its parent packages are imported first (as runpy does);
    /// a package runs its `__main__` submodule.
    pub fn find_main_module(&mut self, name: &str) -> PyResult<(Vec<u8>, String, Option<String>)> {
        let not_found = |n: &str| PyErr::new(ExcKind::ImportError, format!("No module named {}", n));
        let (parent, leaf) = match name.rsplit_once('.') {
            Some((p, l)) => (Some(p), l),
            None => (None, name),
        };
        let dirs = match parent {
            Some(p) => {
                let m = self.import_absolute(p)?;
                module_dirs(&m)
            }
            None => self.sys_path(),
        };
        for dir in dirs {
            let file = dir.join(format!("{}.py", leaf));
            if file.is_file() {
                let src = std::fs::read(&file).map_err(|_| not_found(name))?;
                let file = std::path::absolute(&file).unwrap_or(file);
                return Ok((src, file.to_string_lossy().into_owned(), parent.map(str::to_string)));
            }
            if dir.join(leaf).join("__init__.py").is_file() {
                return self.find_package_main(name);
            }
        }
        match embedded(name) {
            Some((true, _)) => self.find_package_main(name),
            Some((false, src)) => {
                let file = format!("<stdlib>/{}.py", name.replace('.', "/"));
                Ok((src.as_bytes().to_vec(), file, parent.map(str::to_string)))
            }
            None => Err(not_found(name)),
        }
    }

    fn find_package_main(&mut self, pkg: &str) -> PyResult<(Vec<u8>, String, Option<String>)> {
        let main = format!("{}.__main__", pkg);
        match self.find_main_module(&main) {
            Err(e) if e.matches(ExcKind::ImportError) => Err(PyErr::new(
                ExcKind::ImportError,
                format!("No module named {}; '{}' is a package and cannot be directly executed", main, pkg),
            )),
            r => r,
        }
    }

    fn sys_path(&self) -> Vec<PathBuf> {
        match self.interp.sys.get_str(&PyStr::from_str("path")) {
            Some(Value::List(l)) => l
                .snapshot()
                .iter()
                .filter_map(|v| {
                    // '' (the current directory) joins to bare names, so
                    // modules found there have __file__ 'mod.py' as in CPython.
                    v.as_str().map(|s| PathBuf::from(s.to_string_lossy()))
                })
                .collect(),
            _ => vec![PathBuf::from(".")],
        }
    }

    fn load_file_module(&mut self, name: &str, path: &std::path::Path, pkg: Option<PathBuf>) -> PyResult {
        let bytes = std::fs::read(path)
            .map_err(|e| PyErr::new(ExcKind::ImportError, format!("No module named {} ({})", name, e)))?;
        let filename = path.to_string_lossy().into_owned();
        let code = self.compile_source_bytes(&bytes, &filename)?;
        self.run_new_module(name, &filename, &code, pkg)
    }

    /// Compiles and runs a module's source, registering it first so that
    /// circular imports see the partly initialised module.
    pub fn load_source_module(&mut self, name: &str, filename: &str, src: &str, pkg: Option<PathBuf>) -> PyResult {
        let code = self.compile_source(src, filename)?;
        self.run_new_module(name, filename, &code, pkg)
    }

    fn run_new_module(&mut self, name: &str, filename: &str, code: &Arc<Code>, pkg: Option<PathBuf>) -> PyResult {
        let dict = Arc::new(Dict::new());
        dict.set_str("__name__", Value::str(name));
        dict.set_str("__file__", Value::str(filename));
        dict.set_str("__doc__", code.doc.clone());
        if let Some(p) = &pkg {
            dict.set_str("__path__", Value::list(vec![Value::str(&p.to_string_lossy())]));
        }
        let m = Value::other(Object::Module(Module { name: Arc::new(PyStr::from_str(name)), dict: dict.clone() }));
        self.interp.modules.set_str(name, m.clone());
        if let Err(e) = self.run_code(code, dict) {
            self.interp.modules.remove_str(&PyStr::from_str(name));
            return Err(e);
        }
        Ok(self.interp.modules.get_str(&PyStr::from_str(name)).unwrap_or(m))
    }

    /// Parses and compiles source text; bad source raises SyntaxError.
    pub fn compile_source(&mut self, src: &str, filename: &str) -> PyResult<Arc<Code>> {
        self.compile_text(src, filename, None)
    }

    /// Compiles a source file's bytes, read in their declared encoding.
    pub fn compile_source_bytes(&mut self, src: &[u8], filename: &str) -> PyResult<Arc<Code>> {
        let (text, recode) = self.decode_source(src, filename, true)?;
        self.compile_text(&text, filename, recode)
    }

    /// `compile_source` for text decoded from a declared encoding.
    pub fn compile_text(&mut self, src: &str, filename: &str, recode: crate::syntax::Recoder) -> PyResult<Arc<Code>> {
        // CPython shows no source line for `<string>`, `<stdin>` and other
        // pseudo-files (linecache finds no such file); the embedded
        // `<stdlib>/x.py` files are real sources and are kept.
        if !(filename.starts_with('<') && filename.ends_with('>')) {
            self.interp.add_source(filename, src);
        }
        let tabs = crate::syntax::lexer::TAB_WARNINGS.load(std::sync::atomic::Ordering::Relaxed);
        let recode_kept = recode.clone();
        let (compiled, py3k) = crate::compile::on_big_stack(src.len(), || {
            crate::syntax::py3k::clear();
            let parsed = crate::syntax::parse_module_recode(src, Default::default(), recode);
            let compiled = parsed.and_then(|ast| {
                let division = crate::syntax::future_flags(src).division;
                compile_module_with(&ast, filename, CompileMode::Module, division)
            });
            (compiled, crate::syntax::py3k::take())
        });
        self.warn_tabs(tabs, filename);
        let code = compiled.map_err(|e| syntax_error_recode(&e, filename, src, &recode_kept))?;
        crate::modules::py3k::warn_source(self, py3k, filename, src)?;
        Ok(code)
    }

    /// `-t`: the warning for a source whose indentation mixes tabs and
    /// spaces ambiguously, if parsing it (since `before`) found one.
    pub(crate) fn warn_tabs(&mut self, before: u64, filename: &str) {
        if crate::syntax::lexer::TAB_WARNINGS.load(std::sync::atomic::Ordering::Relaxed) != before {
            let msg = format!("{}: inconsistent use of tabs and spaces in indentation\n", filename);
            let stream = self.sys_stream("stderr");
            if stream.is_none() || self.write_to(&stream, msg.as_bytes()).is_err() {
                eprint!("{}", msg);
            }
        }
    }

    /// Runs module-level code in `globals`.
    pub fn run_code(&mut self, code: &Arc<Code>, globals: Arc<Dict>) -> PyResult {
        self.run_code_in(code, globals, None)
    }

    /// `from module import name`
    pub fn import_from(&mut self, module: &Value, name: &PyStr) -> PyResult {
        match self.getattr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if e.matches(ExcKind::AttributeError) => {
                // A submodule not yet imported.
                if let Value::Other(o) = module {
                    if let Object::Module(m) = &**o {
                        let full = format!("{}.{}", m.name.as_str(), name.as_str());
                        // A submodule that exists but fails to import reports
                        // its own error (CPython shows the inner traceback).
                        if self.package_has(&m.name.as_str(), &name.as_str()) {
                            return self.import_module(&full, &Dict::new());
                        }
                        if let Ok(sub) = self.import_module(&full, &Dict::new()) {
                            return Ok(sub);
                        }
                    }
                }
                Err(PyErr::new(ExcKind::ImportError, format!("cannot import name {}", name.as_str())))
            }
            Err(e) => Err(e),
        }
    }

    /// `from module import *`
    pub fn import_star(&mut self, module: &Value, ns: &Dict) -> PyResult<()> {
        let Value::Other(o) = module else { return Ok(()) };
        let Object::Module(m) = &**o else { return Ok(()) };
        let all = m.dict.get_str(&PyStr::from_str("__all__"));
        let names: Vec<Value> = match all {
            Some(a) => self.to_vec(&a)?,
            None => m
                .dict
                .keys()
                .into_iter()
                .filter(|k| k.as_str().is_some_and(|s| !s.as_bytes().starts_with(b"_")))
                .collect(),
        };
        for n in names {
            if let Value::Str(s) = &n {
                let v = self.getattr(module, s)?;
                ns.set_pystr(s.clone(), v);
            }
        }
        Ok(())
    }
}

/// The folders of a package's `__path__` (empty for a plain module).
fn module_dirs(m: &Value) -> Vec<PathBuf> {
    let Value::Other(o) = m else { return vec![] };
    let Object::Module(m) = &**o else { return vec![] };
    match m.dict.get_str(&PyStr::from_str("__path__")) {
        Some(Value::List(l)) => {
            l.snapshot().iter().filter_map(|v| v.as_str().map(|s| PathBuf::from(s.to_string_lossy()))).collect()
        }
        _ => vec![],
    }
}

/// The SyntaxError exception for a parse or compile error.
pub fn syntax_error_value(e: &crate::syntax::ast::SyntaxError, filename: &str, src: &str) -> PyErr {
    syntax_error_recode(e, filename, src, &None)
}

/// `syntax_error_value` for decoded source: the error's text is the line's
/// bytes in the source's encoding when CPython keeps them raw (latin-1,
/// undeclared or broken UTF-8).
pub fn syntax_error_recode(
    e: &crate::syntax::ast::SyntaxError,
    filename: &str,
    src: &str,
    recode: &crate::syntax::Recoder,
) -> PyErr {
    use crate::syntax::ast::SyntaxErrorKind;
    let kind = match e.kind {
        SyntaxErrorKind::SyntaxError => ExcKind::SyntaxError,
        SyntaxErrorKind::IndentationError => ExcKind::IndentationError,
        SyntaxErrorKind::TabError => ExcKind::TabError,
    };
    let nlines = src.lines().count();
    let text = match src.lines().nth((e.line.max(1) - 1) as usize) {
        Some(l) => Some(format!("{}\n", l)),
        // An error at the end of the file is reported on an empty line after it.
        None if e.line as usize > nlines => Some(String::new()),
        None => None,
    };
    let text_v = match (&text, recode) {
        (Some(t), Some(r)) => Value::bytes(r.raw_text(t)),
        (Some(t), None) => Value::str(t),
        (None, _) => Value::None,
    };
    // Errors found after parsing (`can't assign to literal`) have no caret.
    const WITH_CARET: &[&str] = &[
        "invalid syntax",
        "invalid token",
        "EOL while scanning string literal",
        "EOF while scanning triple-quoted string literal",
        "unexpected indent",
        "unexpected unindent",
        "expected an indented block",
        "unindent does not match any outer indentation level",
        "unexpected character after line continuation character",
        "unexpected EOF while parsing",
    ];
    let offset = if e.col == crate::syntax::NO_CARET && !WITH_CARET.contains(&e.msg.as_str()) {
        Value::None
    } else {
        Value::Int(e.col as i64 + 1)
    };
    let details = Value::tuple(vec![Value::str(filename), Value::Int(e.line as i64), offset.clone(), text_v.clone()]);
    let err = PyErr::with_args(kind, vec![Value::str(&e.msg), details]);
    if let Value::Instance(i) = err.value() {
        i.dict.set_str("msg", Value::str(&e.msg));
        i.dict.set_str("filename", Value::str(filename));
        i.dict.set_str("lineno", Value::Int(e.line as i64));
        i.dict.set_str("offset", offset);
        i.dict.set_str("text", text_v);
        i.dict.set_str("print_file_and_line", Value::None);
    }
    err
}
