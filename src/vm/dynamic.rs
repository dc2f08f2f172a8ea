//! Code run from strings at run time: `eval`, the `exec` statement (which
//! the parser turns into a call of the hidden builtin `exec`), `execfile`
//! and `compile`.
//!
//! Such code is compiled as CPython compiles it: names go through LoadName,
//! so they are looked up in the locals mapping given (or the caller's), then
//! the globals, then the builtins.

use std::sync::Arc;

use super::frame::Frame;
use super::Vm;
use crate::object::{Code, Dict, ExcKind, Object, PyErr, PyResult, Value};

fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

/// Which of the three entry points compiles the source.
#[derive(Clone, Copy, PartialEq)]
pub enum DynamicMode {
    Eval,
    Exec,
    /// `compile(..., 'single')`: like Exec, printing expression values.
    Single,
}

/// A `compile()` flag of minipy's own (outside CPython's): the source was
/// compiled with PyCF_DONT_IMPLY_DEDENT and had no newline at its end.
pub const NO_FINAL_NEWLINE: i64 = 1 << 40;

impl Vm {
    /// Compiles `src` for `eval` or `exec`; `filename` is what tracebacks show.
    pub fn compile_dynamic(&mut self, src: &str, filename: &str, mode: DynamicMode) -> PyResult<Arc<Code>> {
        self.compile_dynamic_flags(src, filename, mode, 0)
    }

    /// `compile_dynamic` with compile()'s `flags`: the `__future__`
    /// features division (0x2000) and print_function (0x10000) apply as if
    /// the source imported them (doctest passes its module's features).
    pub fn compile_dynamic_flags(
        &mut self,
        src: &str,
        filename: &str,
        mode: DynamicMode,
        flags: i64,
    ) -> PyResult<Arc<Code>> {
        self.compile_dynamic_recode(src, filename, mode, flags, None)
    }

    /// `compile_dynamic_flags` for text decoded from a declared encoding.
    pub fn compile_dynamic_recode(
        &mut self,
        src: &str,
        filename: &str,
        mode: DynamicMode,
        flags: i64,
        recode: crate::syntax::Recoder,
    ) -> PyResult<Arc<Code>> {
        let recode_kept = recode.clone();
        let syntax_error =
            |e: &crate::syntax::ast::SyntaxError| super::import::syntax_error_recode(e, filename, src, &recode_kept);
        let inherited = crate::syntax::FutureFlags {
            division: flags & 0x2000 != 0,
            print_function: flags & 0x10000 != 0,
            ..Default::default()
        };
        let division = inherited.division || crate::syntax::future_flags(src).division;
        // Parse and compile on a big stack for long sources; an error of
        // eval()'s parse comes back flagged (its text loses the newline).
        let tabs = crate::syntax::lexer::TAB_WARNINGS.load(std::sync::atomic::Ordering::Relaxed);
        let (compiled, py3k) = crate::compile::on_big_stack(src.len(), || {
            crate::syntax::py3k::clear();
            // 'single' with PyCF_DONT_IMPLY_DEDENT (codeop) on source that
            // did not end with a newline: a compound statement is not complete.
            let interactive = mode == DynamicMode::Single && flags & NO_FINAL_NEWLINE != 0;
            let compiled = Self::parse_and_compile(src, filename, mode, inherited, division, recode, interactive);
            (compiled, crate::syntax::py3k::take())
        });
        self.warn_tabs(tabs, filename);
        let code = compiled.map_err(|(e, strip)| {
            let err = syntax_error(&e);
            if strip {
                strip_text_newline(&err);
            }
            err
        })?;
        crate::modules::py3k::warn_source(self, py3k, filename, src)?;
        Ok(code)
    }

    fn parse_and_compile(
        src: &str,
        filename: &str,
        mode: DynamicMode,
        inherited: crate::syntax::FutureFlags,
        division: bool,
        recode: crate::syntax::Recoder,
        interactive: bool,
    ) -> Result<Arc<Code>, (crate::syntax::ast::SyntaxError, bool)> {
        use crate::syntax::ast::{Module, Stmt, StmtKind};
        let module = match mode {
            DynamicMode::Eval => {
                // eval() ignores leading blanks, as CPython does.
                let trimmed = src.trim_start_matches([' ', '\t']);
                let e = crate::syntax::parse_expression_recode(trimmed, recode).map_err(|mut e| {
                    // In CPython an unfinished expression meets a token, not
                    // the end: the first line's newline outside brackets, or
                    // else a blank last line.
                    if e.msg == "unexpected EOF while parsing" && trimmed.contains('\n') {
                        let first = trimmed.split('\n').next().unwrap_or("");
                        let depth = first.bytes().fold(0i32, |d, b| match b {
                            b'(' | b'[' | b'{' => d + 1,
                            b')' | b']' | b'}' => d - 1,
                            _ => d,
                        });
                        let blank = first.trim().is_empty() || first.trim_start().starts_with('#');
                        if depth <= 0 && !blank && !first.ends_with('\\') {
                            e.msg = "invalid syntax".into();
                            (e.line, e.col) = (1, first.len() as u32);
                        } else if trimmed.ends_with("\n\n") {
                            e.msg = "invalid syntax".into();
                            (e.line, e.col) = (trimmed.matches('\n').count() as u32, 0);
                        }
                    }
                    (e, !trimmed.ends_with('\n'))
                })?;
                Module { body: vec![Stmt { loc: e.loc, kind: StmtKind::Expr(e) }] }
            }
            DynamicMode::Single if interactive => {
                crate::syntax::parse_interactive_recode(src, inherited, recode).map_err(|e| (e, false))?
            }
            DynamicMode::Exec | DynamicMode::Single => {
                crate::syntax::parse_module_recode(src, inherited, recode).map_err(|e| (e, false))?
            }
        };
        crate::compile::compile_dynamic(
            &module,
            filename,
            mode == DynamicMode::Eval,
            division,
            mode == DynamicMode::Single,
        )
        .map_err(|e| (e, false))
    }

    /// `eval(source, globals, locals)` or `exec source in globals, locals`.
    /// `caller` gives the calling frame's globals and locals, used when the
    /// call names none.
    pub fn run_dynamic(
        &mut self,
        mode: DynamicMode,
        args: &[Value],
        flags: i64,
        caller: impl FnOnce() -> (Arc<Dict>, Option<Arc<Dict>>),
    ) -> PyResult {
        let name = if mode == DynamicMode::Eval { "eval" } else { "exec" };
        if args.is_empty() || args.len() > 3 {
            let bound = if args.is_empty() { "least 1" } else { "most 3" };
            return Err(type_error(format!("{} expected at {} arguments, got {}", name, bound, args.len())));
        }
        // A locals mapping other than a plain dict is read and written
        // through its methods (the frame's `locals_map`).
        let map = args.get(2).filter(|l| !matches!(l, Value::Dict(_) | Value::None) && is_mapping(l)).cloned();
        let args = &{
            let mut a = args.to_vec();
            if map.is_some() {
                a[2] = Value::None;
            }
            a
        };
        let (globals, locals) = match (args.get(1), args.get(2)) {
            (None | Some(Value::None), None | Some(Value::None)) => caller(),
            (Some(Value::Dict(g)), None | Some(Value::None)) => (g.clone(), None),
            (Some(Value::Dict(g)), Some(Value::Dict(l))) => (g.clone(), Some(l.clone())),
            (None | Some(Value::None), Some(Value::Dict(l))) => (caller().0, Some(l.clone())),
            (Some(g), _) if !matches!(g, Value::Dict(_) | Value::None) => {
                return Err(type_error(if mode == DynamicMode::Eval {
                    "globals must be a dict"
                } else {
                    "exec: arg 2 must be a dictionary or None"
                }))
            }
            _ => {
                return Err(type_error(if mode == DynamicMode::Eval {
                    "locals must be a mapping"
                } else {
                    "exec: arg 3 must be a mapping or None"
                }))
            }
        };
        // CPython records the builtins in a globals dict that has none.
        if globals.get_str(&crate::object::PyStr::from_str("__builtins__")).is_none() {
            globals.set_str("__builtins__", Value::Dict(self.interp.builtins.clone()));
        }
        let code = match &args[0] {
            Value::Other(o) if matches!(&**o, Object::Code(_)) => {
                let Object::Code(c) = &**o else { unreachable!("matched above") };
                c.clone()
            }
            v => {
                // A str, or a unicode (its UTF-8 text).
                let v = crate::vm::ops::unwrap_base(v);
                match self.dynamic_source(&v, "<string>")? {
                    Some((src, recode)) => {
                        let src = if mode == DynamicMode::Exec && !src.ends_with('\n') { src + "\n" } else { src };
                        self.compile_dynamic_recode(&src, "<string>", mode, flags, recode)?
                    }
                    None if mode == DynamicMode::Eval => {
                        return Err(type_error("eval() arg 1 must be a string or code object"))
                    }
                    None => return Err(type_error("exec: arg 1 must be a string, file, or code object")),
                }
            }
        };
        // A code object with free variables needs a closure that eval/exec
        // cannot give it.
        if !code.freevars.is_empty() {
            return Err(type_error(if mode == DynamicMode::Eval {
                "code object passed to eval() may not contain free variables"
            } else {
                "code object passed to exec may not contain free variables"
            }));
        }
        // The same dict for both: plain module-level semantics.
        let locals = locals.filter(|l| !Arc::ptr_eq(l, &globals));
        let r = match map {
            Some(m) => self.run_code_with(&code, globals, None, Some(m))?,
            None => self.run_code_in(&code, globals, locals)?,
        };
        Ok(if mode == DynamicMode::Eval { r } else { Value::None })
    }

    /// Runs a code object of module or dynamic kind with the given namespaces.
    pub fn run_code_in(&mut self, code: &Arc<Code>, globals: Arc<Dict>, locals: Option<Arc<Dict>>) -> PyResult {
        self.run_code_with(code, globals, locals, None)
    }

    /// `run_code_in`, with a locals mapping that is not a dict.
    fn run_code_with(
        &mut self,
        code: &Arc<Code>,
        globals: Arc<Dict>,
        locals: Option<Arc<Dict>>,
        locals_map: Option<Value>,
    ) -> PyResult {
        self.enter()?;
        let func = Arc::new(crate::object::Function {
            gc: Default::default(),
            code: code.clone(),
            globals,
            defaults: Vec::new(),
            closure: Vec::new(),
            name: crate::object::lock::Mutex::new(code.name.clone()),
            doc: crate::object::lock::Mutex::new(Value::None),
            dict: Arc::new(Dict::new()),
            swap: Default::default(),
        });
        let mut state = self.fresh_state();
        state.regs.resize(code.varnames.len(), Value::Null);
        state.locals = locals;
        state.locals_map = locals_map;
        state.exc_depth = self.exc_stack.len();
        let mut frame = Frame::new(func, state);
        // `sys._getframe` finds an exec namespace's frames' globals here.
        let ns = crate::modules::sys_frames::ExecNamespace::enter(&frame.func.globals);
        let r = self.execute(&mut frame);
        drop(ns);
        self.end_frame(frame);
        match r? {
            super::Exit::Return(v) => Ok(v),
            super::Exit::Yield(_) => Ok(Value::None),
        }
    }

    /// The globals of `__main__`: the namespace of eval/exec called from
    /// native code, which has no Python frame to take it from.
    pub fn main_globals(&self) -> Arc<Dict> {
        match self.interp.modules.get_str(&crate::object::PyStr::from_str("__main__")) {
            Some(Value::Other(o)) => match &*o {
                Object::Module(m) => m.dict.clone(),
                _ => Arc::new(Dict::new()),
            },
            _ => Arc::new(Dict::new()),
        }
    }
}

/// What eval/exec take as a locals mapping: a dict or an object whose class
/// has `__getitem__`.
pub(crate) fn is_mapping(v: &Value) -> bool {
    match v {
        Value::Dict(_) => true,
        Value::Instance(i) => i.class().lookup_str("__getitem__").is_some(),
        _ => false,
    }
}

impl Vm {
    /// LoadName in a frame with a locals mapping: the mapping, then the
    /// globals and builtins (KeyError from the mapping means "not there").
    pub(crate) fn map_load_name(
        &mut self,
        frame: &super::frame::FrameState,
        globals: &Arc<Dict>,
        name: &Arc<crate::object::PyStr>,
    ) -> PyResult {
        let Some(map) = frame.locals_map.clone() else { return self.load_global(globals, name) };
        match self.getitem(&map, &Value::Str(name.clone())) {
            Ok(v) => Ok(v),
            Err(e) if e.matches(ExcKind::KeyError) => self.load_global(globals, name),
            Err(e) => Err(e),
        }
    }

    /// StoreName (`Some`) or DeleteName (`None`) through the locals mapping.
    pub(crate) fn map_store_name(
        &mut self,
        frame: &super::frame::FrameState,
        name: &Arc<crate::object::PyStr>,
        v: Option<Value>,
    ) -> PyResult<()> {
        let Some(map) = frame.locals_map.clone() else { return Ok(()) };
        let key = Value::Str(name.clone());
        match v {
            Some(v) => self.setitem(&map, key, v),
            None => match self.delitem(&map, &key) {
                Err(e) if e.matches(ExcKind::KeyError) => {
                    Err(PyErr::new(ExcKind::NameError, format!("name '{}' is not defined", name.as_str())))
                }
                r => r,
            },
        }
    }

    /// `dir()` in such a frame: the mapping's keys(), which must be a list.
    pub(crate) fn map_dir(&mut self, map: Value) -> PyResult {
        let f = self.getattr(&map, &crate::object::PyStr::from_str("keys"))?;
        let keys = self.call(&f, vec![])?;
        let Value::List(l) = &keys else {
            return Err(type_error(format!(
                "dir(): expected keys() of locals to be a list, not '{}'",
                keys.type_name()
            )));
        };
        let mut items = l.snapshot();
        self.sort_values(&mut items)?;
        Ok(Value::list(items))
    }
}

/// eval() source has no newline at its end, so neither has the `text` of
/// its SyntaxError (exec source gets one added before compiling).
fn strip_text_newline(err: &PyErr) {
    let Value::Instance(i) = err.value() else { return };
    let key = crate::object::PyStr::from_str("text");
    if let Some(Value::Str(t)) = i.dict.get_str(&key) {
        if let Some(stripped) = t.as_bytes().strip_suffix(b"\n") {
            let text = Value::bytes(stripped.to_vec());
            i.dict.set_str("text", text.clone());
            let args = crate::object::exception::exc_args(err.value());
            if let [msg, Value::Tuple(details)] = &args[..] {
                let mut d = details.items.to_vec();
                if d.len() == 4 {
                    d[3] = text;
                }
                i.dict.set_str("args", Value::tuple(vec![msg.clone(), Value::tuple(d)]));
            }
        }
    }
}
