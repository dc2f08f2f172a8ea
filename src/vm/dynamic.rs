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
        use crate::syntax::ast::{Module, Stmt, StmtKind};
        let syntax_error = |e: &crate::syntax::ast::SyntaxError| super::import::syntax_error_value(e, filename, src);
        let inherited = crate::syntax::FutureFlags {
            division: flags & 0x2000 != 0,
            print_function: flags & 0x10000 != 0,
            ..Default::default()
        };
        let division = inherited.division || crate::syntax::future_flags(src).division;
        // Parse and compile on a big stack for long sources; an error of
        // eval()'s parse comes back flagged (its text loses the newline).
        let compiled = crate::compile::on_big_stack(src.len(), || {
            let module = match mode {
                DynamicMode::Eval => {
                    // eval() ignores leading blanks, as CPython does.
                    let trimmed = src.trim_start_matches([' ', '\t']);
                    let e = crate::syntax::parse_expression(trimmed).map_err(|e| (e, !trimmed.ends_with('\n')))?;
                    Module { body: vec![Stmt { loc: e.loc, kind: StmtKind::Expr(e) }] }
                }
                DynamicMode::Exec | DynamicMode::Single => {
                    crate::syntax::parse_module_with(src, inherited).map_err(|e| (e, false))?
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
        });
        compiled.map_err(|(e, strip)| {
            let err = syntax_error(&e);
            if strip {
                strip_text_newline(&err);
            }
            err
        })
    }

    /// `eval(source, globals, locals)` or `exec source in globals, locals`.
    /// `caller` gives the calling frame's globals and locals, used when the
    /// call names none.
    pub fn run_dynamic(
        &mut self,
        mode: DynamicMode,
        args: &[Value],
        caller: impl FnOnce() -> (Arc<Dict>, Option<Arc<Dict>>),
    ) -> PyResult {
        let name = if mode == DynamicMode::Eval { "eval" } else { "exec" };
        if args.is_empty() || args.len() > 3 {
            return Err(type_error(format!("{} expected at most 3 arguments, got {}", name, args.len())));
        }
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
            v => match crate::vm::ops::unwrap_base(v) {
                Value::Str(s) => {
                    let src = s.to_string_lossy();
                    let src = if mode == DynamicMode::Exec && !src.ends_with('\n') { src + "\n" } else { src };
                    self.compile_dynamic(&src, "<string>", mode)?
                }
                _ if mode == DynamicMode::Eval => {
                    return Err(type_error("eval() arg 1 must be a string or code object"))
                }
                _ => return Err(type_error("exec: arg 1 must be a string, file, or code object")),
            },
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
        let r = self.run_code_in(&code, globals, locals)?;
        Ok(if mode == DynamicMode::Eval { r } else { Value::None })
    }

    /// Runs a code object of module or dynamic kind with the given namespaces.
    pub fn run_code_in(&mut self, code: &Arc<Code>, globals: Arc<Dict>, locals: Option<Arc<Dict>>) -> PyResult {
        self.enter()?;
        let func = Arc::new(crate::object::Function {
            code: code.clone(),
            globals,
            defaults: Vec::new(),
            closure: Vec::new(),
            name: crate::object::lock::Mutex::new(code.name.clone()),
            doc: crate::object::lock::Mutex::new(Value::None),
            dict: Arc::new(Dict::new()),
        });
        let mut state = self.fresh_state();
        state.regs.resize(code.varnames.len(), Value::Null);
        state.locals = locals;
        state.exc_depth = self.exc_stack.len();
        let mut frame = Frame::new(func, state);
        let r = self.execute(&mut frame);
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
