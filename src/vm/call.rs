//! Calls: binding arguments to parameters, calling any callable, making
//! instances of classes, building classes, and context managers.

use std::sync::Arc;

use super::dynamic::DynamicMode;
use super::frame::{Frame, FrameState};
use super::{Exit, Vm};
use crate::compile::code::CodeKind;
use crate::object::class::{class_ref, types, Class, Instance, Layout};
use crate::object::exception::{new_exception, set_args};
use crate::object::function::{ArgSpec, Function, KwArgs};
use crate::object::iter::Generator;
use crate::object::{Dict, ExcKind, Object, PyErr, PyResult, PyStr, Value};

/// Keyword arguments collected for a call.
type KwVec = Vec<(Arc<PyStr>, Value)>;

fn type_error(msg: String) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

/// `f() ` for messages about a call of `f`.
pub(crate) fn func_label(f: &Value) -> String {
    match f {
        Value::Func(func) => format!("{}() ", func.name.lock().as_str()),
        Value::Builtin(b) => format!("{}() ", b.name.rsplit('.').next().unwrap_or(b.name)),
        Value::Class(c) => format!("{}() ", c.name()),
        Value::Other(o) => match &**o {
            Object::BoundMethod { func, .. } | Object::UnboundMethod { func, .. } => func_label(func),
            _ => String::new(),
        },
        _ => String::new(),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The `__init__` the dispatch loop may run as an ordinary frame when `cls`
/// is called: a plain user class (no metaclass, no built-in base, not an
/// exception) whose `__new__` is `object.__new__` and whose `__init__` is a
/// Python function. The loop then makes the instance itself and skips the
/// general path (`call_class`), which would run `__init__` in a nested loop.
pub(crate) fn inline_init(cls: &Arc<Class>) -> Option<Arc<Function>> {
    // The conditions are the class's `HOOK_PLAIN_INIT`, cached with the
    // function until any class changes.
    cls.plain_init().filter(|f| !f.swapped())
}

/// A new instance of a class that passed `inline_init` (plain layout, no
/// metaclass, not an exception): what `new_instance` makes, without its
/// tests.
pub(crate) fn plain_instance(cls: &Arc<Class>) -> Value {
    let inst = Arc::new(Instance::new(cls.clone(), Value::None));
    super::collector::track_instance(&inst);
    Value::Instance(inst)
}

impl Vm {
    /// A frame for calling `f` with these arguments (CPython's argument rules
    /// and error messages).
    /// The frame of a call to a `simple` function with exactly its number
    /// of positional arguments, which are moved from `stack[first..]`.
    #[inline]
    pub(crate) fn simple_frame(&mut self, f: Arc<Function>, stack: &mut [Value], first: usize) -> PyResult<Frame> {
        let code = &f.code;
        let nfast = code.varnames.len();
        self.enter()?;
        let mut state = self.fresh_state();
        state.exc_depth = self.exc_stack.len();
        let regs = &mut state.regs;
        regs.reserve(nfast + code.max_stack as usize);
        // Leaves Nulls behind for the caller to pop: cheaper than a drain.
        for slot in &mut stack[first..] {
            regs.push(std::mem::replace(slot, Value::Null));
        }
        // Pushes, not `resize`: the capacity is reserved above, and most
        // calls have no locals beyond their parameters.
        while regs.len() < nfast {
            regs.push(Value::Null);
        }
        // A closure's cells are its free variables (it has no cell variables).
        if !f.closure.is_empty() {
            state.cells.extend(f.closure.iter().cloned());
        }
        Ok(Frame::new(f, state))
    }

    /// `simple_frame` for a call short of positional arguments whose
    /// defaults fill the rest (`Code::fills_with_defaults`): the defaults
    /// are appended to the arguments on the caller's stack first.
    pub(crate) fn defaults_frame(&mut self, f: Arc<Function>, stack: &mut Vec<Value>, first: usize) -> PyResult<Frame> {
        let argc = f.code.argcount as usize;
        let skip = stack.len() - first + f.defaults.len() - argc;
        stack.extend(f.defaults[skip..].iter().cloned());
        self.simple_frame(f, stack, first)
    }

    pub fn new_frame(
        &mut self,
        f: Arc<Function>,
        args: impl Iterator<Item = Value>,
        kwargs: &KwArgs,
    ) -> PyResult<Frame> {
        let code = &f.code;
        let nfast = code.varnames.len();
        let argc = code.argcount as usize;
        let mut state = self.fresh_state();
        let regs = &mut state.regs;
        regs.reserve(nfast + code.max_stack as usize);
        let mut extra = Vec::new();
        let mut given = 0;
        for a in args {
            if given < argc {
                regs.push(a);
            } else {
                extra.push(a);
            }
            given += 1;
        }
        let npos = given.min(argc);
        regs.resize(nfast.max(npos), Value::Null);
        let name = || f.code.name.to_string_lossy();
        if !extra.is_empty() && !code.varargs {
            let msg = if argc == 0 && !code.varkw {
                format!("{}() takes no arguments ({} given)", name(), given + kwargs.len())
            } else {
                format!(
                    "{}() takes {} {} argument{} ({} given)",
                    name(),
                    if !f.defaults.is_empty() { "at most" } else { "exactly" },
                    argc,
                    plural(argc),
                    given + kwargs.len()
                )
            };
            return Err(type_error(msg));
        }
        if code.varargs {
            regs[argc] = Value::tuple(extra);
        }
        if code.varkw || !kwargs.is_empty() {
            let kwslot = argc + code.varargs as usize;
            let kwdict = if code.varkw { Some(Dict::new()) } else { None };
            for (k, v) in kwargs {
                let pos = code.varnames[..argc].iter().position(|p| p.as_bytes() == k.as_bytes());
                match pos {
                    Some(i) => {
                        if !regs[i].is_null() {
                            return Err(type_error(format!(
                                "{}() got multiple values for keyword argument '{}'",
                                name(),
                                k.as_str()
                            )));
                        }
                        regs[i] = v.clone();
                    }
                    None => match &kwdict {
                        Some(d) => d.set_pystr(k.clone(), v.clone()),
                        None => {
                            if argc == 0 && !code.varargs {
                                return Err(type_error(format!(
                                    "{}() takes no arguments ({} given)",
                                    name(),
                                    given + kwargs.len()
                                )));
                            }
                            return Err(type_error(format!(
                                "{}() got an unexpected keyword argument '{}'",
                                name(),
                                k.as_str()
                            )));
                        }
                    },
                }
            }
            if let Some(d) = kwdict {
                regs[kwslot] = Value::Dict(Arc::new(d));
            }
        }
        if npos < argc {
            let nd = f.defaults.len().min(argc);
            let required = argc - nd;
            for i in npos..argc {
                if regs[i].is_null() {
                    if i >= required {
                        regs[i] = f.defaults[i - required].clone();
                    } else {
                        let given = regs[..argc].iter().filter(|v| !v.is_null()).count();
                        return Err(type_error(format!(
                            "{}() takes {} {} argument{} ({} given)",
                            name(),
                            if code.varargs || nd > 0 { "at least" } else { "exactly" },
                            required,
                            plural(required),
                            given
                        )));
                    }
                }
            }
        }
        if code.ncells() != 0 {
            let cells = &mut state.cells;
            cells.extend(code.cellvars.iter().map(|_| Arc::new(crate::object::lock::Mutex::new(Value::Null))));
            for &(ci, pi) in code.cell_params.iter() {
                *cells[ci as usize].lock() = std::mem::replace(&mut state.regs[pi as usize], Value::Null);
            }
            cells.extend(f.closure.iter().cloned());
        }
        self.enter()?;
        if code.kind == CodeKind::Class || code.unoptimized {
            state.locals = Some(Arc::new(Dict::new()));
        }
        state.exc_depth = self.exc_stack.len();
        Ok(Frame::new(f, state))
    }

    /// Calls any callable with positional arguments.
    pub fn call(&mut self, f: &Value, args: Vec<Value>) -> PyResult {
        self.call_kw(f, args, &[])
    }

    /// Calls any callable with positional and keyword arguments: native
    /// code calling back into Python, which counts one level toward the
    /// recursion limit as CPython's PyObject_Call does (so recursion through
    /// `__repr__`, `__eq__` or `__call__` reports "while calling a Python
    /// object" where 2.7 does).
    pub fn call_kw(&mut self, f: &Value, args: Vec<Value>, kwargs: &KwArgs) -> PyResult {
        // A bound method counts twice: CPython's method call passes the
        // function to PyObject_Call again; an instance three times (its
        // `__call__` slot calls the bound method).
        let levels = match f {
            Value::Other(o) if matches!(&**o, Object::BoundMethod { .. }) => 2,
            Value::Instance(_) => 3,
            _ => 1,
        };
        for done in 0..levels {
            if let Err(e) = self.enter_nested(" while calling a Python object") {
                (0..done).for_each(|_| self.leave());
                return Err(e);
            }
        }
        let r = self.call_kw_uncounted(f, args, kwargs);
        (0..levels).for_each(|_| self.leave());
        r
    }

    /// `call_kw` without the recursion count (calls made by the eval loop,
    /// which CPython makes without PyObject_Call).
    pub(crate) fn call_kw_uncounted(&mut self, f: &Value, args: Vec<Value>, kwargs: &KwArgs) -> PyResult {
        match self.call_prepared(f.clone(), args, kwargs.to_vec())? {
            Ok(v) => Ok(v),
            Err(mut frame) => {
                let r = self.execute(&mut frame);
                self.end_frame(frame);
                match r? {
                    Exit::Return(v) => Ok(v),
                    Exit::Yield(_) => Err(PyErr::new(ExcKind::SystemError, "unexpected yield")),
                }
            }
        }
    }

    /// Calls `f`, except that a plain Python function comes back as a frame
    /// for the caller to run.
    pub fn call_prepared(
        &mut self,
        f: Value,
        args: Vec<Value>,
        kwargs: Vec<(Arc<PyStr>, Value)>,
    ) -> PyResult<Result<Value, Frame>> {
        self.check_stack()?;
        match &f {
            Value::Func(func) => {
                let func = func.current();
                let frame = self.new_frame(func.clone(), args.into_iter(), &kwargs)?;
                if func.code.is_generator {
                    self.leave();
                    return Ok(Ok(Generator::new_value(frame)));
                }
                Ok(Err(frame))
            }
            Value::Builtin(b) => {
                if let Some(bound) = &b.bound {
                    let mut all = vec![bound.clone()];
                    all.extend(args);
                    if b.args != ArgSpec::Any {
                        crate::modules::arity::check(b.name, b.args, &all, &kwargs)?;
                    }
                    return Ok(Ok((b.func)(self, &all, &kwargs)?));
                }
                if b.args != ArgSpec::Any {
                    crate::modules::arity::check(b.name, b.args, &args, &kwargs)?;
                }
                Ok(Ok((b.func)(self, &args, &kwargs)?))
            }
            Value::Class(cls) => Ok(Ok(self.call_class(cls, args, &kwargs)?)),
            Value::Other(o) => match &**o {
                Object::UnboundMethod { func, class } => {
                    let ok = args.first().is_some_and(|a| crate::object::class::isinstance(a, class));
                    if !ok {
                        let fname = match func {
                            Value::Func(f) => f.name.lock().to_string_lossy(),
                            _ => "?".into(),
                        };
                        let got = match args.first() {
                            Some(a) => format!("{} instance", a.type_name()),
                            None => "nothing".into(),
                        };
                        return Err(type_error(format!(
                            "unbound method {}() must be called with {} instance as first argument (got {} instead)",
                            fname,
                            class.name(),
                            got
                        )));
                    }
                    self.call_prepared(func.clone(), args, kwargs)
                }
                Object::BoundMethod { func, self_ } => {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(self_.clone());
                    all.extend(args);
                    self.call_prepared(func.clone(), all, kwargs)
                }
                _ => Err(type_error(format!("'{}' object is not callable", f.type_name()))),
            },
            Value::Instance(i) => match i.class().lookup_str("__call__") {
                Some(m) => {
                    // A `__call__` that is itself a callable instance nests
                    // here without a frame: count it against the recursion
                    // limit as CPython does (`A.__call__ = A()` must not spin).
                    // (A plain function's frame does its own check: a
                    // second one here would trip first with another message.)
                    let counted = !matches!(&m, Value::Func(_));
                    if counted {
                        if self.depth >= self.interp.recursion_limit() {
                            return Err(PyErr::new(
                                ExcKind::RuntimeError,
                                "maximum recursion depth exceeded while calling a Python object",
                            ));
                        }
                        self.depth += 1;
                    }
                    let r = if matches!(&m, Value::Func(_)) || matches!(&m, Value::Builtin(b) if b.is_method()) {
                        let mut all = vec![f.clone()];
                        all.extend(args);
                        self.call_prepared(m, all, kwargs)
                    } else {
                        // Any other callable is bound as a descriptor (a bound
                        // method stays bound to its own object).
                        match self.bind_descriptor(m, &f, &i.class()) {
                            Ok(bound) => self.call_prepared(bound, args, kwargs),
                            Err(e) => Err(e),
                        }
                    };
                    if counted {
                        self.leave();
                    }
                    r
                }
                None if i.class().classic.load(std::sync::atomic::Ordering::Relaxed) => Err(PyErr::new(
                    crate::object::ExcKind::AttributeError,
                    format!("{} instance has no __call__ method", i.class().name()),
                )),
                None => Err(type_error(format!("'{}' object is not callable", f.type_name()))),
            },
            _ => Err(type_error(format!("'{}' object is not callable", f.type_name()))),
        }
    }

    /// `f(*star, **kwstar)` argument assembly.
    pub fn collect_call_args(
        &mut self,
        func: &Value,
        pos: Value,
        star: Value,
        kwdict: Value,
        kwstar: Value,
    ) -> PyResult<(Vec<Value>, KwVec)> {
        let mut args = match pos {
            Value::Tuple(t) => t.items.to_vec(),
            _ => Vec::new(),
        };
        if !star.is_none() {
            match self.to_vec_hinted(&star) {
                Ok(v) => args.extend(v),
                Err(e) if e.matches(ExcKind::TypeError) => {
                    return Err(type_error(format!(
                        "{}argument after * must be an iterable, not {}",
                        func_label(func),
                        star.type_name()
                    )))
                }
                Err(e) => return Err(e),
            }
        }
        if matches!(func, Value::Class(c) if Arc::ptr_eq(c, &types().dict))
            && matches!(&kwstar, Value::Dict(d) if d.keys().iter().any(|k| !matches!(k, Value::Str(_))))
        {
            // dict(x, **{1: 2}): CPython hands a C function the ** dict as it
            // is, so dict() takes any keys; merge here as dict(x).update(kw).
            let merged = Arc::new(Dict::new());
            crate::object::dict_methods::update(self, &merged, &args, &[])?;
            for d in [&kwdict, &kwstar] {
                if !d.is_none() {
                    crate::object::dict_methods::update(self, &merged, std::slice::from_ref(d), &[])?;
                }
            }
            return Ok((vec![Value::Dict(merged)], Vec::new()));
        }
        let mut kwargs: Vec<(Arc<PyStr>, Value)> = Vec::new();
        let explicit = match &kwdict {
            Value::Dict(d) => d.len(),
            _ => 0,
        };
        let star_dict = !kwstar.is_none();
        for d in [kwdict, kwstar] {
            // Any mapping with keys() and [] serves for **: copy it to a dict.
            let d = match &d {
                Value::Instance(_) if self.getattr(&d, &PyStr::from_str("keys")).is_ok() => {
                    let copy = Arc::new(Dict::new());
                    crate::object::dict_methods::update(self, &copy, std::slice::from_ref(&d), &[])?;
                    Value::Dict(copy)
                }
                _ => d,
            };
            match &d {
                Value::None => {}
                Value::Dict(d) => {
                    for (k, v) in d.items() {
                        // (unicode names are accepted, as 2.7 does)
                        let k = match crate::object::unicode::as_unicode(&k) {
                            Some(u) => Value::Str(u.clone()),
                            None => k,
                        };
                        let Value::Str(k) = k else {
                            return Err(type_error(format!("{}keywords must be strings", func_label(func))));
                        };
                        if kwargs.iter().any(|(n, _)| n.as_bytes() == k.as_bytes()) {
                            return Err(type_error(format!(
                                "{}got multiple values for keyword argument '{}'",
                                func_label(func),
                                k.as_str()
                            )));
                        }
                        kwargs.push((k, v));
                    }
                }
                other => {
                    return Err(type_error(format!(
                        "{}argument after ** must be a mapping, not {}",
                        func_label(func),
                        other.type_name()
                    )))
                }
            }
        }
        if star_dict && explicit > 0 {
            // 2.7 stores the other keywords into a copy of the ** dict:
            // the function sees them in that dict's order.
            let d = Dict::new();
            d.presize(kwargs.len() - explicit)?;
            for (k, v) in &kwargs[explicit..] {
                d.set_unchecked(self, k.hash(), Value::Str(k.clone()), v.clone())?;
            }
            for (k, v) in &kwargs[..explicit] {
                d.set_pystr(k.clone(), v.clone());
            }
            kwargs = d.items().into_iter().filter_map(|(k, v)| Some((k.as_str()?.clone(), v))).collect();
        }
        Ok((args, kwargs))
    }

    /// The builtins that look at the calling frame: locals, globals, vars, dir.
    pub(crate) fn call_frame_builtin(
        &mut self,
        code: &Arc<crate::object::Code>,
        globals: &Arc<Dict>,
        frame: &mut FrameState,
        (name, kwargs): (&str, &KwArgs),
        args: Vec<Value>,
    ) -> PyResult {
        // None of them (eval, input, execfile, dir, vars...) takes keywords.
        if !kwargs.is_empty() {
            return Err(type_error(format!("{}() takes no keyword arguments", name)));
        }
        if matches!(name, "globals" | "locals") && !args.is_empty() {
            return Err(type_error(format!("{}() takes no arguments ({} given)", name, args.len())));
        }
        let locals = || -> Value {
            if let Some(m) = &frame.locals_map {
                return m.clone();
            }
            if let Some(l) = &frame.locals {
                if !code.unoptimized {
                    return Value::Dict(l.clone());
                }
            }
            // Dynamic code (a Class unit) run with the same dict for both.
            if code.kind == CodeKind::Module || (code.kind == CodeKind::Class && frame.locals.is_none()) {
                return Value::Dict(globals.clone());
            }
            // A function with exec keeps one locals dict (exec's names stay
            // there); its fast locals are copied in.
            let d = match &frame.locals {
                Some(l) => l.clone(),
                None => Arc::new(Dict::new()),
            };
            for (i, n) in code.varnames.iter().enumerate() {
                if let Some(v) = frame.regs.get(i) {
                    if !v.is_null() {
                        d.set_pystr(n.clone(), v.clone());
                    }
                }
            }
            let names = code.cellvars.iter().chain(code.freevars.iter());
            for (n, c) in names.zip(frame.cells.iter()) {
                let v = c.lock().clone();
                if !v.is_null() {
                    d.set_pystr(n.clone(), v);
                }
            }
            Value::Dict(d)
        };
        match (name, args.len()) {
            ("globals", 0) => Ok(Value::Dict(globals.clone())),
            ("execfile", _) if args.len() == 1 => {
                // Called by name here, past `-3`'s wrapper: warn as it would.
                if crate::modules::py3k::installed() {
                    crate::modules::py3k::warn(self, "execfile() not supported in 3.x; use exec()")?;
                }
                let l = match locals() {
                    Value::Dict(d) => d,
                    _ => globals.clone(),
                };
                let a = [args[0].clone(), Value::Dict(globals.clone()), Value::Dict(l)];
                crate::modules::builtins_extra::execfile(self, &a, &[])
            }
            ("input", _) => {
                let l = match locals() {
                    Value::Dict(d) => Some(d),
                    _ => None,
                };
                let flags = if code.true_division { 0x2000 } else { 0 };
                crate::modules::builtins_extra::input(self, &args, flags, || (globals.clone(), l))
            }
            ("eval" | "exec", _) => {
                let mode = if name == "eval" { DynamicMode::Eval } else { DynamicMode::Exec };
                let mut used = None;
                // The source inherits the caller's `from __future__ import division`.
                let flags = if code.true_division { 0x2000 } else { 0 };
                let r = self.run_dynamic(mode, &args, flags, || {
                    let l = match locals() {
                        Value::Dict(d) => Some(d),
                        _ => None,
                    };
                    used.clone_from(&l);
                    (globals.clone(), l)
                });
                // A bare `exec` in a function: what it bound goes back into the
                // fast locals and cells (CPython's PyFrame_LocalsToFast).
                if let (Some(d), true) = (used, name == "exec" && args.len() == 1 && code.unoptimized) {
                    for (i, n) in code.varnames.iter().enumerate() {
                        if let (Some(v), Some(slot)) = (d.get_str(n), frame.regs.get_mut(i)) {
                            *slot = v;
                        }
                    }
                    let names = code.cellvars.iter().chain(code.freevars.iter());
                    for (n, c) in names.zip(frame.cells.iter()) {
                        if let Some(v) = d.get_str(n) {
                            *c.lock() = v;
                        }
                    }
                }
                r
            }
            ("_getframe", _) => crate::modules::sys_frames::getframe_live(self, code, globals, frame, &args),
            ("locals", 0) | ("vars", 0) => Ok(locals()),
            ("dir", 0) if frame.locals_map.is_some() => self.map_dir(locals()),
            ("dir", 0) => {
                let Value::Dict(d) = locals() else { return Ok(Value::list(vec![])) };
                let mut keys = d.keys();
                self.sort_values(&mut keys)?;
                Ok(Value::list(keys))
            }
            _ => {
                let f = self.interp.builtins.get_str(&PyStr::from_str(name)).unwrap_or(Value::None);
                let b = match &f {
                    Value::Builtin(b) => b.func,
                    _ => return Err(type_error(format!("{}() takes no arguments", name))),
                };
                b(self, &args, &[])
            }
        }
    }

    /// `cls(*args, **kwargs)`
    pub fn call_class(&mut self, cls: &Arc<Class>, args: Vec<Value>, kwargs: &KwArgs) -> PyResult {
        if let Some(meta) = &cls.meta {
            // A metaclass `__call__` replaces the whole construction.
            if let Some(call) = meta.lookup_str("__call__") {
                if !matches!(&call, Value::Builtin(b) if b.name == "type.__call__") {
                    let mut all = vec![Value::Class(cls.clone())];
                    all.extend(args);
                    return self.call_kw(&call, all, kwargs);
                }
            }
        }
        self.construct_instance(cls, args, kwargs)
    }

    /// `type.__call__(cls, *args, **kwargs)`: `__new__`, then `__init__`.
    pub fn construct_instance(&mut self, cls: &Arc<Class>, args: Vec<Value>, kwargs: &KwArgs) -> PyResult {
        if !cls.is_user {
            if cls.is_exception {
                if !kwargs.is_empty() {
                    return Err(type_error(format!("exceptions.{} does not take keyword arguments", cls.name())));
                }
                crate::object::exception::check_args(cls, &args)?;
                return Ok(new_exception(cls, args));
            }
            return crate::modules::builtins::construct(self, cls, args, kwargs);
        }
        // __new__
        let obj = match cls.lookup_str("__new__") {
            Some(new) if !matches!(new, Value::Builtin(_)) => {
                let new = match &new {
                    Value::Other(o) => match &**o {
                        Object::StaticMethod(f) => f.clone(),
                        // A classmethod `__new__` gets the class twice, as 2.7's.
                        Object::ClassMethod(f) => {
                            Value::other(Object::BoundMethod { func: f.clone(), self_: Value::Class(cls.clone()) })
                        }
                        _ => new.clone(),
                    },
                    _ => new.clone(),
                };
                let mut all = vec![Value::Class(cls.clone())];
                all.extend(args.iter().cloned());
                let obj = self.call_kw(&new, all, kwargs)?;
                if !crate::object::class::isinstance(&obj, cls) {
                    return Ok(obj);
                }
                obj
            }
            _ if cls.is_subclass(&types().type_) => {
                let [name, bases, dict] = <[Value; 3]>::try_from(args.clone())
                    .map_err(|_| type_error("type() takes 1 or 3 arguments".into()))?;
                self.type_new(cls, name, bases, dict)?
            }
            _ => self.new_instance(cls, &args, kwargs)?,
        };
        if let Value::Instance(i) = &obj {
            // A module subclass's instance starts with the module's names.
            if cls.is_subclass(&types().module) && i.dict.get_str(&PyStr::from_str("__name__")).is_none() {
                i.dict.set_str("__name__", args.first().cloned().unwrap_or(Value::None));
                i.dict.set_str("__doc__", args.get(1).cloned().unwrap_or(Value::None));
            }
        }
        // `__new__` may give an instance of a subclass: its own `__init__` runs.
        let icls = match &obj {
            Value::Instance(i) if !Arc::ptr_eq(&i.class(), cls) => i.class().into_owned(),
            _ => cls.clone(),
        };
        match icls.lookup_str("__init__") {
            Some(Value::Builtin(b))
                if b.name == "object.__init__"
                    && (!args.is_empty() || !kwargs.is_empty())
                    && cls.layout == Layout::Object
                    && !cls.is_exception
                    && cls.lookup_str("__new__").is_none_or(|n| matches!(n, Value::Builtin(_))) =>
            {
                if cls.classic.load(std::sync::atomic::Ordering::Relaxed) {
                    return Err(type_error("this constructor takes no arguments".into()));
                }
                return Err(type_error("object() takes no parameters".into()));
            }
            Some(Value::Builtin(b)) if b.name == "object.__init__" => {}
            Some(init) => {
                let r = if matches!(init, Value::Func(_)) {
                    let mut all = vec![obj.clone()];
                    all.extend(args);
                    self.call_kw(&init, all, kwargs)?
                } else {
                    // Any other descriptor (a property, a callable object) is
                    // bound first, as CPython's lookup_method does.
                    let m = self.bind_descriptor(init, &obj, &icls)?;
                    self.call_kw(&m, args, kwargs)?
                };
                if !r.is_none() {
                    return Err(type_error(format!("__init__() should return None, not '{}'", r.type_name())));
                }
            }
            None => {}
        }
        Ok(obj)
    }

    /// `object.__new__(cls)`: a bare instance (with an empty built-in base value
    /// for subclasses of built-in types).
    pub fn new_instance(&mut self, cls: &Arc<Class>, args: &[Value], kwargs: &KwArgs) -> PyResult {
        if cls.meta.is_some() {
            // Only classes made by a metaclass (abc.ABCMeta) carry abstract methods.
            self.check_not_abstract(cls)?;
        }
        let base = match cls.layout {
            // a subclass of file opens its file here, from the same arguments
            Layout::Other if cls.is_subclass(&types().file) => crate::modules::file::builtin_open(self, args, kwargs)?,
            // a subclass of super: the super object its arguments make
            Layout::Other if cls.is_subclass(&types().super_) => {
                crate::modules::builtins::construct(self, &types().super_, args.to_vec(), kwargs)?
            }
            Layout::Object | Layout::Other | Layout::None => Value::None,
            Layout::List => Value::list(vec![]),
            Layout::Dict => Value::Dict(Arc::new(Dict::new())),
            Layout::Set => Value::Set(Arc::new(crate::object::Set::new(false))),
            Layout::ByteArray => crate::object::bytearray::native(Vec::new()),
            Layout::Iter if crate::modules::itertools::owns(cls) => {
                crate::modules::itertools::native_for(self, cls, args, kwargs)?
            }
            _ => {
                // Immutable built-in bases take their value from the arguments.
                let t = types();
                let builtin =
                    [&t.int, &t.long, &t.float, &t.complex, &t.str_, &t.unicode, &t.tuple, &t.frozenset, &t.bool_]
                        .into_iter()
                        .chain([&t.enumerate, &t.reversed])
                        .find(|b| b.layout == cls.layout && cls.is_subclass(b))
                        .cloned();
                match builtin {
                    Some(b) => {
                        let v = crate::modules::builtins::subclass_value(self, &b, args.to_vec(), kwargs)?;
                        // str(x) may answer a str subclass's instance: its string is the base.
                        match v {
                            Value::Instance(i) if Arc::ptr_eq(&b, &t.str_) => i.base.clone(),
                            v => v,
                        }
                    }
                    None => Value::None,
                }
            }
        };
        let inst = Instance::new(cls.clone(), base);
        if cls.is_exception {
            // As BaseException.__new__ in 2.7: args stay empty until __init__.
            set_args(cls, &inst.dict, Vec::new());
        }
        let inst = Arc::new(inst);
        super::collector::track_instance(&inst);
        Ok(Value::Instance(inst))
    }

    /// `Can't instantiate abstract class X with abstract methods a, b` when
    /// the class's own `__abstractmethods__` is non-empty.
    fn check_not_abstract(&mut self, cls: &Arc<Class>) -> PyResult<()> {
        let Some(abstract_) = cls.dict.get_str(&PyStr::from_str("__abstractmethods__")) else { return Ok(()) };
        if !self.truthy(&abstract_)? {
            return Ok(());
        }
        let mut names = Vec::new();
        let it = self.iter(&abstract_)?;
        while let Some(v) = self.next(&it)? {
            names.push(v);
        }
        self.sort_values(&mut names)?;
        let mut parts = Vec::new();
        for n in &names {
            parts.push(self.to_str(n)?.to_string_lossy());
        }
        Err(type_error(format!(
            "Can't instantiate abstract class {} with abstract methods {}",
            cls.name(),
            parts.join(", ")
        )))
    }

    /// The `class` statement: `[name, bases, namespace] -> class`. The
    /// metaclass is `__metaclass__` from the body, else the most derived
    /// metaclass of the bases.
    pub fn build_class(&mut self, name: Value, bases: Value, dict: Value) -> PyResult {
        // No bases, or only classic ones: a classic class.
        let classic = matches!(&bases, Value::Tuple(t) if t.items.iter().all(|b| matches!(b, Value::Class(c) if c.classic.load(std::sync::atomic::Ordering::Relaxed))))
            && matches!(&dict, Value::Dict(d) if d.get_str(&PyStr::from_str("__metaclass__")).is_none());
        if classic {
            self.keep_namespace = true;
            let cls = self.type_call(name, bases, dict);
            self.keep_namespace = false;
            let cls = cls?;
            if let Value::Class(c) = &cls {
                crate::object::layout::make_classic(c);
            }
            return Ok(cls);
        }
        if let Value::Dict(d) = &dict {
            if let Some(meta) = d.get_str(&PyStr::from_str("__metaclass__")) {
                let all_classic = matches!(&bases, Value::Tuple(t) if !t.items.is_empty()
                    && t.items.iter().all(|b| matches!(b, Value::Class(c) if c.classic.load(std::sync::atomic::Ordering::Relaxed))));
                if all_classic && matches!(&meta, Value::Class(m) if m.is_subclass(&types().type_)) {
                    return Err(type_error(
                        "Error when calling the metaclass bases\n    a new-style class can't have only classic bases"
                            .into(),
                    ));
                }
                if !matches!(&meta, Value::Class(c) if Arc::ptr_eq(c, &types().type_)) {
                    return self.call(&meta, vec![name, bases, dict]);
                }
                return self.type_new(&types().type_.clone(), name, bases, dict);
            }
        }
        self.type_call(name, bases, dict)
    }

    /// `type(name, bases, namespace)`: the most derived metaclass of the
    /// bases makes the class.
    pub fn type_call(&mut self, name: Value, bases: Value, dict: Value) -> PyResult {
        let base_classes = class_bases(&bases)?;
        let mut winner = types().type_.clone();
        for b in &base_classes {
            let m = b.meta.as_ref().unwrap_or(&types().type_);
            if m.is_subclass(&winner) {
                winner = m.clone();
            }
        }
        if !Arc::ptr_eq(&winner, &types().type_) {
            return self.call_class(&winner, vec![name, bases, dict], &[]);
        }
        self.type_new(&winner, name, bases, dict)
    }

    /// `type.__new__(meta, name, bases, namespace)`: makes the class.
    pub fn type_new(&mut self, meta: &Arc<Class>, name: Value, bases: Value, dict: Value) -> PyResult {
        // The name keeps its bytes, as 2.7's type names do.
        let name_str = match &name {
            Value::Str(s) => s.clone(),
            other => return Err(type_error(format!("type() argument 1 must be string, not {}", other.type_name()))),
        };
        if name_str.as_bytes().contains(&0) {
            return Err(PyErr::new(ExcKind::ValueError, "type name must not contain null characters"));
        }
        let name = name_str.to_string_lossy();
        let Value::Dict(mut dict) = dict else {
            return Err(type_error("type.__new__() argument 3 must be dict".into()));
        };
        if dict.get_str(&PyStr::from_str("__module__")).is_none() {
            // As CPython: the module is the calling frame's __name__ (the
            // caller's dict itself is left as it was).
            let caller = self.callers.last().map(|c| c.0);
            let module = caller
                .and_then(|g| crate::modules::sys_frames::globals_at(self, g).get_str(&PyStr::from_str("__name__")));
            if let Some(module) = module {
                let copy = Arc::new(Dict::new());
                copy.update_from(self, &dict)?;
                copy.set_str("__module__", module);
                dict = copy;
            }
        }
        let mut base_classes = class_bases(&bases)?;
        if crate::syntax::py3k::enabled() && !base_classes.is_empty() {
            crate::modules::py3k::warn_eq_without_hash(self, &base_classes, &dict)?;
        }
        if base_classes.is_empty() {
            base_classes.push(types().object.clone());
        }
        // Unicode slot names count as their ASCII encoding (UnicodeEncodeError otherwise).
        let ascii = |u: &PyStr| -> PyResult<Arc<PyStr>> {
            let b = crate::object::unicode::encode(u.as_bytes(), b"ascii", b"strict")?;
            Ok(Arc::new(PyStr::new(b)))
        };
        let slots = match dict.get_str(&PyStr::from_str("__slots__")) {
            None => None,
            Some(Value::Str(s)) => Some(vec![s]),
            Some(v) if crate::object::unicode::is_unicode(&v) => {
                Some(vec![ascii(crate::object::unicode::as_unicode(&v).expect("checked"))?])
            }
            Some(v) => {
                let mut names = Vec::new();
                for n in self.to_vec(&v)? {
                    match n {
                        Value::Str(s) => names.push(s),
                        ref u if crate::object::unicode::is_unicode(u) => {
                            names.push(ascii(crate::object::unicode::as_unicode(u).expect("checked"))?)
                        }
                        other => {
                            return Err(type_error(format!(
                                "Error when calling the metaclass bases\n    __slots__ items must be strings, not '{}'",
                                other.type_name()
                            )))
                        }
                    }
                }
                Some(names)
            }
        };
        let slots = crate::object::layout::check(meta, &name, &base_classes, slots)?;
        let meta = (!Arc::ptr_eq(meta, &types().type_)).then(|| meta.clone());
        // The class gets its own copy of the namespace, as in CPython.
        let dict = if std::mem::take(&mut self.keep_namespace) { dict } else { Arc::new(dict.copy()) };
        let cls = Class::new_full(name_str, base_classes, dict, true, meta, slots.clone())?;
        crate::object::layout::finish(&cls, slots.as_deref());
        super::collector::track_class(&cls);
        match super::reclass::custom_mro(self, &cls) {
            Ok(Some(m)) => cls.set_bases(cls.bases().into_owned(), m),
            Ok(None) => {}
            // As the class statement reports what its metaclass refused.
            Err(e) if e.matches(ExcKind::TypeError) => {
                let msg = match crate::object::exception::exc_args(e.value()).first() {
                    Some(Value::Str(s)) => s.to_string_lossy(),
                    _ => String::new(),
                };
                return Err(type_error(format!("Error when calling the metaclass bases\n    {}", msg)));
            }
            Err(e) => return Err(e),
        }
        Ok(Value::Class(cls))
    }

    /// `with mgr:` entry: returns (bound __exit__, result of __enter__).
    pub fn enter_context(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let exit = match self.special_attr(mgr, "__exit__") {
            Ok(e) => e,
            Err(e) if e.matches(ExcKind::AttributeError) => {
                return Err(PyErr::new(ExcKind::AttributeError, "__exit__"));
            }
            Err(e) => return Err(e),
        };
        let enter = match self.special_attr(mgr, "__enter__") {
            Ok(e) => e,
            Err(e) if e.matches(ExcKind::AttributeError) => {
                return Err(PyErr::new(ExcKind::AttributeError, "__enter__"));
            }
            Err(e) => return Err(e),
        };
        let entered = self.call(&enter, vec![])?;
        Ok((exit, entered))
    }

    /// A special method of a new-style instance, found on its type (past
    /// `__getattr__`/`__getattribute__`, through descriptors), as 2.7's
    /// `with` looks `__enter__`/`__exit__` up; other objects use getattr.
    fn special_attr(&mut self, obj: &Value, name: &str) -> PyResult {
        if let Value::Instance(i) = obj {
            let cls = i.class().into_owned();
            if !cls.classic.load(std::sync::atomic::Ordering::Relaxed) {
                // (A name some built-in base answers itself still goes to getattr.)
                if let Some(m) = cls.lookup_str(name) {
                    return self.bind_descriptor(m, obj, &cls);
                }
            }
        }
        self.getattr(obj, &PyStr::from_str(name))
    }

    /// The exception instance that `raise first, second` raises.
    pub fn exception_from(&mut self, first: Value, second: Option<Value>) -> PyResult {
        match &first {
            // 2.7 still raises classic classes and their instances.
            Value::Class(c) if c.is_exception || c.classic.load(std::sync::atomic::Ordering::Relaxed) => {
                let args = match second {
                    None | Some(Value::None) => vec![],
                    Some(v) if crate::object::class::isinstance(&v, c) => return Ok(v),
                    Some(Value::Tuple(t)) => t.items.to_vec(),
                    Some(v) => vec![v],
                };
                let made = self.call_class(c, args, &[])?;
                // A `__new__` may hand back anything: only an exception is raised.
                if c.is_exception && !crate::object::class::isinstance(&made, ExcKind::BaseException.class()) {
                    return Err(type_error(format!(
                        "calling {}() should have returned an instance of BaseException, not '{}'",
                        c.name(),
                        made.type_name()
                    )));
                }
                Ok(made)
            }
            Value::Instance(i)
                if i.class().is_exception || i.class().classic.load(std::sync::atomic::Ordering::Relaxed) =>
            {
                if second.as_ref().is_some_and(|s| !s.is_none()) {
                    return Err(type_error("instance exception may not have a separate value".into()));
                }
                Ok(first)
            }
            other => Err(type_error(format!(
                "exceptions must be old-style classes or derived from BaseException, not {}",
                other.type_name()
            ))),
        }
    }

    /// `except cls:` matching.
    pub fn exception_matches(&mut self, exc: &Value, cls: &Value) -> PyResult<bool> {
        Ok(match cls {
            Value::Class(c) => class_ref(exc).is_subclass(c),
            Value::Tuple(t) => {
                for c in t.items.iter() {
                    if self.exception_matches(exc, c)? {
                        return Ok(true);
                    }
                }
                false
            }
            other => exc.is(other),
        })
    }
}

/// The classes of a `bases` tuple.
fn class_bases(bases: &Value) -> PyResult<Vec<Arc<Class>>> {
    let mut out = Vec::new();
    if let Value::Tuple(t) = bases {
        for b in t.items.iter() {
            match b {
                Value::Class(c) => out.push(c.clone()),
                other => {
                    return Err(type_error(format!(
                        "Error when calling the metaclass bases\n    {}() takes at most 3 arguments (... given)",
                        other.type_name()
                    )))
                }
            }
        }
    }
    Ok(out)
}
