//! Code generation: walks the AST of one module and emits a code object for it
//! and for every function, class body, lambda and comprehension inside.
//!
//! `finally` bodies are compiled inline at every exit (`return`, `break`,
//! `continue`, the normal path and the exception path), so the VM's block
//! stack only ever holds exception handlers.

use std::collections::HashMap;
use std::sync::Arc;

use num_bigint::BigInt;

use super::code::{Code, CodeKind};
use super::opcode::{CmpJump, Instr};
use super::peephole::{fuse_pairs, max_stack_depth};
use super::symtable::{node_key, ScopeKind, Sym, SymTable};
use crate::object::string::intern;
use crate::object::{BoolBits, PyStr, Value};
use crate::syntax::ast::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CompileMode {
    /// A script or module.
    Module,
    /// One REPL entry: expression statements print their value.
    Interactive,
}

/// Compiles a parsed module into its code object.
pub fn compile_module(module: &Module, filename: &str, mode: CompileMode) -> Result<Arc<Code>, SyntaxError> {
    compile_module_with(module, filename, mode, false)
}

/// Like `compile_module`; `true_division` is `from __future__ import division`.
pub fn compile_module_with(
    module: &Module,
    filename: &str,
    mode: CompileMode,
    true_division: bool,
) -> Result<Arc<Code>, SyntaxError> {
    let table = SymTable::build(module).map_err(|(msg, loc)| err(msg, loc))?;
    let mut c = Compiler { table, filename: Arc::from(filename), mode, units: Vec::new(), true_division };
    c.push_unit("<module>", CodeKind::Module, 0, 1);
    let first_line = module.body.first().map(|s| s.loc.line).unwrap_or(1);
    c.unit().first_line = first_line;
    if let Some(doc) = docstring(&module.body) {
        c.unit().doc = doc.clone();
        let d = c.add_const(doc);
        c.emit(Instr::LoadConst(d));
        let n = c.name_index("__doc__");
        c.emit(Instr::StoreGlobal(n));
    }
    c.body(&module.body)?;
    let none = c.add_const(Value::None);
    c.emit(Instr::LoadConst(none));
    c.emit(Instr::ReturnValue);
    Ok(c.finish_unit())
}

/// Compiles source run by `exec` or `eval` (`eval` passes one expression
/// statement and wants its value back). As CPython compiles such code, names
/// are looked up with LoadName/StoreName: in the locals dict the caller
/// gives, then the globals, then the builtins.
pub fn compile_dynamic(
    module: &Module,
    filename: &str,
    is_eval: bool,
    true_division: bool,
    interactive: bool,
) -> Result<Arc<Code>, SyntaxError> {
    let mut table = SymTable::build(module).map_err(|(msg, loc)| err(msg, loc))?;
    // A class scope is the one whose names go through a locals dict.
    table.scopes[0].kind = ScopeKind::Class;
    // compile(..., 'single') prints the values of expression statements.
    let mode = if interactive { CompileMode::Interactive } else { CompileMode::Module };
    let mut c = Compiler { table, filename: Arc::from(filename), mode, units: Vec::new(), true_division };
    c.push_unit("<module>", CodeKind::Class, 0, 1);
    // No private-name mangling at the top level of dynamic code.
    c.unit().class_name = None;
    c.unit().first_line = module.body.first().map(|s| s.loc.line).unwrap_or(1);
    match (&module.body[..], is_eval) {
        ([Stmt { kind: StmtKind::Expr(e), .. }], true) => c.expr(e)?,
        _ => {
            c.body(&module.body)?;
            let none = c.add_const(Value::None);
            c.emit(Instr::LoadConst(none));
        }
    }
    c.emit(Instr::ReturnValue);
    Ok(c.finish_unit())
}

/// A compile-time error. As CPython's compiler errors, it shows the source
/// line without a caret (column NO_CARET).
fn err(msg: impl Into<String>, loc: Loc) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.into(),
        line: loc.line,
        col: crate::syntax::NO_CARET,
        incomplete: false,
    }
}

type R<T = ()> = Result<T, SyntaxError>;

/// Something the code being compiled is inside of, that an exit must unwind.
#[derive(Clone)]
enum FBlock<'a> {
    While {
        top: u32,
        breaks: Vec<usize>,
    },
    For {
        top: u32,
        breaks: Vec<usize>,
    },
    /// A `try` body with an except handler active.
    Except,
    /// A `try` body whose `finally` must run on exit.
    Finally(&'a [Stmt]),
    /// The exception path of a `finally`: the exception is on the stack.
    FinallyExc,
    /// Inside an `except` clause.
    Handler,
    /// A `with` body: the exit function is on the stack.
    With,
}

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    Float(u64),
    Complex(u64, u64),
    Str(Vec<u8>),
}

struct Unit<'a> {
    scope: usize,
    /// The innermost enclosing class, for private-name mangling.
    class_name: Option<String>,
    kind: CodeKind,
    name: String,
    first_line: u32,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    const_map: HashMap<ConstKey, u32>,
    names: Vec<Arc<PyStr>>,
    name_map: HashMap<String, u32>,
    varnames: Vec<String>,
    cells: Vec<String>,
    nfree: usize,
    line: u32,
    fblocks: Vec<FBlock<'a>>,
    argcount: u32,
    ndefaults: u32,
    varargs: bool,
    varkw: bool,
    is_generator: bool,
    closure_from: Vec<u32>,
    doc: Value,
}

struct Compiler<'a> {
    table: SymTable,
    filename: Arc<str>,
    mode: CompileMode,
    units: Vec<Unit<'a>>,
    true_division: bool,
}

fn docstring(body: &[Stmt]) -> Option<Value> {
    if super::optimize() >= 2 {
        return None; // -OO
    }
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr { kind: ExprKind::Str(s), .. })) => Some(Value::bytes(s.clone())),
        Some(StmtKind::Expr(Expr { kind: ExprKind::Unicode(s), .. })) => {
            Some(crate::object::unicode::from_utf8(s.clone()))
        }
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always open")
    }

    fn push_unit(&mut self, name: &str, kind: CodeKind, scope: usize, line: u32) {
        let s = &self.table.scopes[scope];
        let mut varnames = Vec::new();
        if kind == CodeKind::Function {
            varnames.extend(s.params.iter().cloned());
        }
        let mut cells = s.cellvars.clone();
        let nfree = s.freevars.len();
        cells.extend(s.freevars.iter().cloned());
        let is_generator = s.is_generator;
        let class_name = match kind {
            CodeKind::Class => Some(name.to_string()),
            CodeKind::Function => self.units.last().and_then(|u| u.class_name.clone()),
            CodeKind::Module => None,
        };
        self.units.push(Unit {
            scope,
            class_name,
            kind,
            name: name.to_string(),
            first_line: line,
            instrs: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames,
            cells,
            nfree,
            line,
            fblocks: Vec::new(),
            argcount: 0,
            ndefaults: 0,
            varargs: false,
            varkw: false,
            is_generator,
            closure_from: Vec::new(),
            doc: Value::None,
        });
    }

    fn finish_unit(&mut self) -> Arc<Code> {
        let u = self.units.pop().expect("a unit is open");
        let s = &self.table.scopes[u.scope];
        let ncell = u.cells.len() - u.nfree;
        let cell_params: Vec<(u32, u32)> = u.cells[..ncell]
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| s.params.iter().position(|p| p == name).map(|pi| (ci as u32, pi as u32)))
            .collect();
        let intern = |v: &Vec<String>| -> Box<[Arc<PyStr>]> { v.iter().map(|n| intern(n)).collect() };
        let (instrs, lines) = fuse_pairs(u.instrs, u.lines);
        let max_stack = max_stack_depth(&instrs, &u.consts);
        let code = Arc::new(Code {
            id: crate::vm::threads::next_code_id(),
            name: Arc::new(PyStr::from_str(&u.name)),
            filename: self.filename.clone(),
            first_line: u.first_line,
            kind: u.kind,
            instrs: instrs.into_boxed_slice(),
            lines: lines.into_boxed_slice(),
            consts: u.consts.into_boxed_slice(),
            names: u.names.into_boxed_slice(),
            varnames: intern(&u.varnames),
            cellvars: intern(&u.cells[..ncell].to_vec()),
            freevars: intern(&u.cells[ncell..].to_vec()),
            cell_params: cell_params.into_boxed_slice(),
            closure_from: u.closure_from.into_boxed_slice(),
            argcount: u.argcount,
            ndefaults: u.ndefaults,
            varargs: u.varargs,
            varkw: u.varkw,
            is_generator: u.is_generator,
            unoptimized: self.table.scopes[u.scope].unoptimized && u.kind == CodeKind::Function,
            simple: !self.table.scopes[u.scope].unoptimized
                && !u.varargs
                && !u.varkw
                && !u.is_generator
                && u.cells.len() == u.nfree
                && u.kind == CodeKind::Function,
            true_division: self.true_division,
            max_stack,
            doc: u.doc,
        });
        crate::vm::threads::register_code(&code);
        code
    }

    // ----- emitting -----

    fn emit(&mut self, i: Instr) -> usize {
        let u = self.unit();
        u.instrs.push(i);
        u.lines.push(u.line);
        u.instrs.len() - 1
    }

    fn here(&mut self) -> u32 {
        self.unit().instrs.len() as u32
    }

    /// Points the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        self.patch_to(at, target);
    }

    fn patch_to(&mut self, at: usize, target: u32) {
        let u = self.unit();
        u.instrs[at] = match u.instrs[at] {
            Instr::Jump(_) => Instr::Jump(target),
            Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
            Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
            Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
            Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
            Instr::ForIter(_) => Instr::ForIter(target),
            Instr::SetupExcept(_) => Instr::SetupExcept(target),
            Instr::SetupWith(_) => Instr::SetupWith(target),
            Instr::CompareJump(c) => Instr::CompareJump(CmpJump { op: c.op, target }),
            other => other,
        };
    }

    /// Within a statement, as CPython 2.7 does, the line only moves
    /// forward: a call spanning lines reports the line of its last argument.
    fn set_line(&mut self, loc: Loc) {
        if loc.line > self.unit().line {
            self.unit().line = loc.line;
        }
    }

    /// At a statement (or handler) start: the line is set unconditionally.
    fn set_stmt_line(&mut self, loc: Loc) {
        if loc.line > 0 {
            self.unit().line = loc.line;
        }
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let key = match &v {
            Value::None => Some(ConstKey::None),
            Value::Bool(b) => Some(ConstKey::Bool(b.get())),
            Value::Int(i) => Some(ConstKey::Int(*i)),
            Value::Float(f) => Some(ConstKey::Float(f.get().to_bits())),
            Value::Str(s) => Some(ConstKey::Str(s.as_bytes().to_vec())),
            Value::Other(o) => match &**o {
                crate::object::Object::Complex(c) => Some(ConstKey::Complex(c.re.to_bits(), c.im.to_bits())),
                _ => None,
            },
            _ => None,
        };
        let u = self.unit();
        if let Some(k) = &key {
            if let Some(&i) = u.const_map.get(k) {
                return i;
            }
        }
        u.consts.push(v);
        let i = (u.consts.len() - 1) as u32;
        if let Some(k) = key {
            u.const_map.insert(k, i);
        }
        i
    }

    fn load_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Instr::LoadConst(i));
    }

    /// Python's private-name mangling: inside a class, `__x` (not `__x__`)
    /// becomes `_Class__x`. Applied to attributes and to names kept in
    /// dicts; fast locals keep their spelling, which nothing can observe.
    fn mangled_index(&mut self, name: &str) -> u32 {
        let mangled = match &self.unit().class_name {
            Some(cls) if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') => {
                let stripped = cls.trim_start_matches('_');
                if stripped.is_empty() {
                    None
                } else {
                    Some(format!("_{}{}", stripped, name))
                }
            }
            _ => None,
        };
        match mangled {
            Some(m) => self.name_index(&m),
            None => self.name_index(name),
        }
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_map.get(name) {
            return i;
        }
        u.names.push(intern(name));
        let i = (u.names.len() - 1) as u32;
        u.name_map.insert(name.to_string(), i);
        i
    }

    fn var_slot(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.varnames.iter().position(|v| v == name) {
            return i as u32;
        }
        u.varnames.push(name.to_string());
        (u.varnames.len() - 1) as u32
    }

    fn cell_index(&mut self, name: &str) -> u32 {
        self.unit().cells.iter().position(|c| c == name).unwrap_or(0) as u32
    }

    fn unoptimized(&self) -> bool {
        self.units.last().is_some_and(|u| self.table.scopes[u.scope].unoptimized)
    }

    fn sym(&self, name: &str) -> (ScopeKind, Sym) {
        let u = self.units.last().expect("a unit is open");
        let s = &self.table.scopes[u.scope];
        (s.kind, s.lookup(name))
    }

    // ----- names -----

    fn load_name(&mut self, name: &str) {
        if self.unit().kind == CodeKind::Module && name != "__name__" {
            // fall through to the generic path below
        }
        let (kind, sym) = self.sym(name);
        let i = match (kind, sym) {
            (_, Sym::Cell) | (_, Sym::Free) => Instr::LoadDeref(self.cell_index(name)),
            (ScopeKind::Function, Sym::Local) => Instr::LoadFast(self.var_slot(name)),
            (ScopeKind::Class, Sym::Local) | (ScopeKind::Class, Sym::GlobalImplicit) => {
                Instr::LoadName(self.mangled_index(name))
            }
            (ScopeKind::Function, Sym::GlobalImplicit) if self.unoptimized() => {
                Instr::LoadName(self.mangled_index(name))
            }
            _ => Instr::LoadGlobal(self.mangled_index(name)),
        };
        self.emit(i);
    }

    /// The slot of `e` when it is a name bound to a fast local.
    fn fast_local(&mut self, e: &Expr) -> Option<u32> {
        let ExprKind::Name(n) = &e.kind else { return None };
        match self.sym(n) {
            (ScopeKind::Function, Sym::Local) if !matches!(n.as_str(), "None" | "True" | "False") => {
                Some(self.var_slot(n))
            }
            _ => None,
        }
    }

    fn store_name(&mut self, name: &str) {
        let (kind, sym) = self.sym(name);
        let i = match (kind, sym) {
            (_, Sym::Cell) | (_, Sym::Free) => Instr::StoreDeref(self.cell_index(name)),
            (ScopeKind::Function, Sym::Local) => Instr::StoreFast(self.var_slot(name)),
            (ScopeKind::Class, Sym::Local) | (ScopeKind::Class, Sym::GlobalImplicit) => {
                Instr::StoreName(self.mangled_index(name))
            }
            _ => Instr::StoreGlobal(self.mangled_index(name)),
        };
        self.emit(i);
    }

    fn delete_name(&mut self, name: &str, loc: Loc) -> R {
        let (kind, sym) = self.sym(name);
        let i = match (kind, sym) {
            (_, Sym::Cell) | (_, Sym::Free) => {
                return Err(err(format!("can not delete variable '{}' referenced in nested scope", name), loc))
            }
            (ScopeKind::Function, Sym::Local) => Instr::DeleteFast(self.var_slot(name)),
            (ScopeKind::Class, Sym::Local) | (ScopeKind::Class, Sym::GlobalImplicit) => {
                Instr::DeleteName(self.mangled_index(name))
            }
            _ => Instr::DeleteGlobal(self.mangled_index(name)),
        };
        self.emit(i);
        Ok(())
    }

    // ----- statements -----

    fn body(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> R {
        self.set_stmt_line(s.loc);
        match &s.kind {
            StmtKind::Expr(e) => {
                if self.mode == CompileMode::Interactive && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit(Instr::PrintExpr);
                } else if !matches!(e.kind, ExprKind::Str(_) | ExprKind::Unicode(_)) {
                    self.expr(e)?;
                    self.emit(Instr::Pop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Dup);
                    }
                    self.assign(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::Print { dest, values, newline } => {
                if let Some(d) = dest {
                    self.expr(d)?;
                    for v in values {
                        self.expr(v)?;
                        self.emit(Instr::PrintItemTo);
                    }
                    if *newline {
                        self.emit(Instr::PrintNewlineTo);
                    } else {
                        self.emit(Instr::Pop);
                    }
                } else {
                    for v in values {
                        self.expr(v)?;
                        self.emit(Instr::PrintItem);
                    }
                    if *newline {
                        self.emit(Instr::PrintNewline);
                    }
                }
            }
            StmtKind::If { test, body, orelse } => {
                let jf = self.cond_jump(test, false)?;
                self.body(body)?;
                if orelse.is_empty() {
                    self.patch(jf);
                } else {
                    let j = self.emit(Instr::Jump(0));
                    self.patch(jf);
                    self.body(orelse)?;
                    self.patch(j);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let top = self.here();
                let jf = self.cond_jump(test, false)?;
                self.unit().fblocks.push(FBlock::While { top, breaks: Vec::new() });
                self.body(body)?;
                self.emit(Instr::Jump(top));
                let Some(FBlock::While { breaks, .. }) = self.unit().fblocks.pop() else { unreachable!() };
                self.patch(jf);
                self.body(orelse)?;
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.expr(iter)?;
                self.emit(Instr::GetIter);
                let top = self.here();
                let fi = self.emit(Instr::ForIter(0));
                self.assign(target)?;
                self.unit().fblocks.push(FBlock::For { top, breaks: Vec::new() });
                self.body(body)?;
                self.set_stmt_line(s.loc);
                self.emit(Instr::Jump(top));
                let Some(FBlock::For { breaks, .. }) = self.unit().fblocks.pop() else { unreachable!() };
                self.patch(fi);
                self.body(orelse)?;
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::Break => self.break_continue(true, s.loc)?,
            StmtKind::Continue => self.break_continue(false, s.loc)?,
            StmtKind::Pass => {}
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.set_stmt_line(s.loc);
                let scope = self.table.scope_of(&**f);
                self.function(&f.name, &f.args, scope, s.loc, |c| {
                    if let Some(doc) = docstring(&f.body) {
                        c.unit().doc = doc;
                    }
                    c.body(&f.body)?;
                    c.load_const(Value::None);
                    c.emit(Instr::ReturnValue);
                    Ok(())
                })?;
                for _ in &f.decorators {
                    self.emit(Instr::CallFunction(1));
                }
                self.store_name(&f.name);
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                self.set_stmt_line(s.loc);
                self.load_const(Value::str(&c.name));
                for b in &c.bases {
                    self.expr(b)?;
                }
                self.emit(Instr::BuildTuple(c.bases.len() as u32));
                let scope = self.table.scope_of(&**c);
                self.push_unit(&c.name, CodeKind::Class, scope, s.loc.line);
                let modname = self.name_index("__name__");
                self.emit(Instr::LoadGlobal(modname));
                let m = self.name_index("__module__");
                self.emit(Instr::StoreName(m));
                if let Some(doc) = docstring(&c.body) {
                    self.load_const(doc);
                    let d = self.name_index("__doc__");
                    self.emit(Instr::StoreName(d));
                }
                self.body(&c.body)?;
                self.emit(Instr::LoadLocals);
                self.emit(Instr::ReturnValue);
                self.make_closure_and_function(scope)?;
                self.emit(Instr::CallFunction(0));
                self.emit(Instr::BuildClass);
                for _ in &c.decorators {
                    self.emit(Instr::CallFunction(1));
                }
                self.store_name(&c.name);
            }
            StmtKind::Return(v) => {
                if self.unit().kind != CodeKind::Function {
                    return Err(err("'return' outside function", s.loc));
                }
                if v.is_some() && self.unit().is_generator {
                    return Err(err("'return' with argument inside generator", s.loc));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.unwind_all(true)?;
                self.emit(Instr::ReturnValue);
            }
            StmtKind::Global(_) => {}
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Raise { exc, value, traceback } => {
                let mut n = 0;
                for e in [exc, value, traceback].into_iter().flatten() {
                    self.expr(e)?;
                    n += 1;
                }
                self.set_stmt_line(s.loc);
                self.emit(Instr::Raise(n));
            }
            StmtKind::Assert { .. } if super::optimize() > 0 => {} // -O
            StmtKind::Assert { test, msg } => {
                let j = self.cond_jump(test, true)?;
                let n = match msg {
                    Some(m) => {
                        self.expr(m)?;
                        1
                    }
                    None => 0,
                };
                self.set_stmt_line(s.loc);
                self.emit(Instr::RaiseAssert(n));
                self.patch(j);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    match &a.asname {
                        Some(asname) => {
                            let i = self.name_index(&a.name);
                            self.emit(Instr::ImportModule(i));
                            self.store_name(asname);
                        }
                        None => {
                            let i = self.name_index(&a.name);
                            self.emit(Instr::ImportName(i));
                            let top = a.name.split('.').next().unwrap_or("").to_string();
                            self.store_name(&top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names, star, level } => {
                let full = format!("{}{}", ".".repeat(*level as usize), module);
                let i = self.name_index(&full);
                self.emit(Instr::ImportModule(i));
                if *star {
                    self.emit(Instr::ImportStar);
                } else {
                    for a in names {
                        let n = self.name_index(&a.name);
                        self.emit(Instr::ImportFrom(n));
                        self.store_name(a.asname.as_ref().unwrap_or(&a.name));
                    }
                    self.emit(Instr::Pop);
                }
            }
            StmtKind::With { items, body } => self.with(items, body)?,
        }
        Ok(())
    }

    /// Compiles `test` and a jump taken when its truth equals `when`.
    fn cond_jump(&mut self, test: &'a Expr, when: bool) -> R<usize> {
        if let ExprKind::UnaryOp { op: UnaryOp::Not, operand } = &test.kind {
            return self.cond_jump(operand, !when);
        }
        if let ExprKind::Compare { left, ops, comparators } = &test.kind {
            if ops.len() == 1 && !when {
                self.expr(left)?;
                self.expr(&comparators[0])?;
                self.set_line(test.loc);
                return Ok(self.emit(Instr::CompareJump(CmpJump { op: ops[0], target: 0 })));
            }
        }
        self.expr(test)?;
        Ok(self.emit(if when { Instr::PopJumpIfTrue(0) } else { Instr::PopJumpIfFalse(0) }))
    }

    fn function(
        &mut self,
        name: &str,
        args: &'a Arguments,
        scope: usize,
        loc: Loc,
        body: impl FnOnce(&mut Self) -> R,
    ) -> R {
        if args.defaults.len() > args.args.len() {
            return Err(err("non-default argument follows default argument", loc));
        }
        for d in &args.defaults {
            self.expr(d)?;
        }
        self.push_unit(name, CodeKind::Function, scope, loc.line);
        {
            let u = self.unit();
            u.argcount = args.args.len() as u32;
            u.ndefaults = args.defaults.len() as u32;
            u.varargs = args.vararg.is_some();
            u.varkw = args.kwarg.is_some();
        }
        // Unpack tuple parameters `def f((a, b)):` from their hidden slots.
        for (i, a) in args.args.iter().enumerate() {
            if !matches!(a.kind, ExprKind::Name(_)) {
                let slot = self.var_slot(&format!(".{}", i));
                self.emit(Instr::LoadFast(slot));
                self.assign(a)?;
            }
        }
        // Parameters captured by inner functions live in cells.
        body(self)?;
        self.make_closure_and_function(scope)
    }

    /// Finishes the current unit and emits MakeFunction for it in the parent.
    fn make_closure_and_function(&mut self, scope: usize) -> R {
        let freevars = self.table.scopes[scope].freevars.clone();
        let mut from = Vec::new();
        // The parent's cell index of each free variable.
        {
            let n = self.units.len();
            let parent = &self.units[n - 2];
            for f in &freevars {
                from.push(parent.cells.iter().position(|c| c == f).unwrap_or(0) as u32);
            }
        }
        self.unit().closure_from = from;
        let code = self.finish_unit();
        let ci = self.add_const(Value::other(crate::object::Object::Code(code)));
        self.emit(Instr::MakeFunction(ci));
        Ok(())
    }

    /// Emits the unwinding of every enclosing block (for `return`).
    fn unwind_all(&mut self, has_value: bool) -> R {
        let blocks = self.unit().fblocks.clone();
        for (i, b) in blocks.iter().enumerate().rev() {
            self.unwind_one(b, i, has_value)?;
        }
        Ok(())
    }

    /// Emits what leaving block `b` (at depth `i`) takes.
    fn unwind_one(&mut self, b: &FBlock<'a>, i: usize, has_value: bool) -> R {
        match b {
            FBlock::While { .. } => {}
            FBlock::For { .. } => {
                if has_value {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::Pop);
            }
            FBlock::Except => {
                self.emit(Instr::PopBlock);
            }
            FBlock::Finally(body) => {
                self.emit(Instr::PopBlock);
                // The finally body runs with only the outer blocks active.
                let saved = std::mem::take(&mut self.unit().fblocks);
                self.unit().fblocks = saved[..i].to_vec();
                let r = self.body(body);
                // Keep what the body recorded in the outer blocks (a `break`
                // there adds its jump to its loop's list to patch).
                let outer = std::mem::replace(&mut self.unit().fblocks, saved);
                let n = i.min(outer.len());
                self.unit().fblocks[..n].clone_from_slice(&outer[..n]);
                r?;
            }
            FBlock::FinallyExc => {
                if has_value {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::Pop);
                self.emit(Instr::PopExcept);
            }
            FBlock::Handler => {
                self.emit(Instr::PopExcept);
            }
            FBlock::With => {
                self.emit(Instr::PopBlock);
                if has_value {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::WithExitNormal);
            }
        }
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, loc: Loc) -> R {
        let blocks = self.unit().fblocks.clone();
        let Some(li) = blocks.iter().rposition(|b| matches!(b, FBlock::While { .. } | FBlock::For { .. })) else {
            return Err(err(if is_break { "'break' outside loop" } else { "'continue' not properly in loop" }, loc));
        };
        if !is_break && blocks[li + 1..].iter().any(|b| matches!(b, FBlock::FinallyExc)) {
            return Err(err("'continue' not supported inside 'finally' clause", loc));
        }
        for i in (li + 1..blocks.len()).rev() {
            self.unwind_one(&blocks[i], i, false)?;
        }
        match &blocks[li] {
            FBlock::For { top, .. } | FBlock::While { top, .. } if !is_break => {
                let top = *top;
                self.emit(Instr::Jump(top));
            }
            FBlock::For { .. } => {
                self.emit(Instr::Pop);
                let j = self.emit(Instr::Jump(0));
                if let FBlock::For { breaks, .. } = &mut self.unit().fblocks[li] {
                    breaks.push(j);
                }
            }
            _ => {
                let j = self.emit(Instr::Jump(0));
                if let FBlock::While { breaks, .. } = &mut self.unit().fblocks[li] {
                    breaks.push(j);
                }
            }
        }
        Ok(())
    }

    fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt]) -> R {
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().fblocks.push(FBlock::Except);
        self.body(body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        let to_else = self.emit(Instr::Jump(0));
        self.patch(setup);
        let mut ends = Vec::new();
        for h in handlers {
            self.set_stmt_line(h.loc);
            let mut next = None;
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit(Instr::ExcMatch);
                next = Some(self.emit(Instr::PopJumpIfFalse(0)));
            }
            match &h.name {
                Some(n) => self.assign(n)?,
                None => {
                    self.emit(Instr::Pop);
                }
            }
            self.unit().fblocks.push(FBlock::Handler);
            self.body(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopExcept);
            ends.push(self.emit(Instr::Jump(0)));
            if let Some(n) = next {
                self.patch(n);
            }
        }
        self.emit(Instr::Reraise);
        self.patch(to_else);
        self.body(orelse)?;
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> R {
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().fblocks.push(FBlock::Finally(finalbody));
        if handlers.is_empty() {
            self.body(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.body(finalbody)?;
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        self.emit(Instr::FinallyExc);
        self.unit().fblocks.push(FBlock::FinallyExc);
        self.body(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Reraise);
        self.patch(end);
        Ok(())
    }

    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> R {
        let Some((first, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.expr(&first.context)?;
        let setup = self.emit(Instr::SetupWith(0));
        match &first.target {
            Some(t) => self.assign(t)?,
            None => {
                self.emit(Instr::Pop);
            }
        }
        self.unit().fblocks.push(FBlock::With);
        self.with(rest, body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.emit(Instr::WithExitNormal);
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        self.emit(Instr::WithExitExc);
        self.patch(end);
        Ok(())
    }

    // ----- assignment targets -----

    fn assign(&mut self, t: &'a Expr) -> R {
        self.set_line(t.loc);
        match &t.kind {
            ExprKind::Name(n) => {
                if n == "None" {
                    return Err(err("cannot assign to None", t.loc));
                }
                self.store_name(n)
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.mangled_index(attr);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                self.emit(Instr::UnpackSequence(items.len() as u32));
                for i in items {
                    self.assign(i)?;
                }
            }
            _ => return Err(err(format!("can't assign to {}", describe(t)), t.loc)),
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> R {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n, t.loc)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.mangled_index(attr);
                self.emit(Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Instr::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(i)?;
                }
            }
            _ => return Err(err(format!("can't delete {}", describe(t)), t.loc)),
        }
        Ok(())
    }

    /// The in-place instruction for `op=`; `/=` divides truly under
    /// `from __future__ import division`.
    fn inplace_instr(&self, op: BinOp) -> Instr {
        if op == BinOp::Div && self.true_division {
            Instr::InplaceTrueDiv
        } else {
            Instr::Inplace(op)
        }
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> R {
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.emit(self.inplace_instr(op));
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                let i = self.mangled_index(attr);
                if let Some(slot) = self.fast_local(obj) {
                    // `x.a op= v` with x a fast local: nothing can rebind x
                    // meanwhile, so read it twice in place (LoadAttrFast,
                    // StoreAttrFast) instead of duplicating the reference.
                    self.emit(Instr::LoadFast(slot));
                    self.emit(Instr::LoadAttr(i));
                    self.expr(value)?;
                    self.emit(self.inplace_instr(op));
                    self.emit(Instr::LoadFast(slot));
                    self.emit(Instr::StoreAttr(i));
                    return Ok(());
                }
                self.expr(obj)?;
                self.emit(Instr::Dup);
                self.emit(Instr::LoadAttr(i));
                self.expr(value)?;
                self.emit(self.inplace_instr(op));
                self.emit(Instr::RotTwo);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, index } if self.fast_local(obj).is_some() && is_constant(index) => {
                // `x[c] op= v`, x a fast local and c a constant: both read
                // twice in place (SubscrFastConst, StoreSubscrFastConst).
                let slot = self.fast_local(obj).unwrap_or_default();
                self.emit(Instr::LoadFast(slot));
                self.expr(index)?;
                self.emit(Instr::BinarySubscr);
                self.expr(value)?;
                self.emit(self.inplace_instr(op));
                self.emit(Instr::LoadFast(slot));
                self.expr(index)?;
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.expr(index)?;
                self.emit(Instr::DupTwo);
                self.emit(Instr::BinarySubscr);
                self.expr(value)?;
                self.emit(self.inplace_instr(op));
                self.emit(Instr::RotThree);
                self.emit(Instr::StoreSubscr);
            }
            _ => return Err(err("illegal expression for augmented assignment", target.loc)),
        }
        Ok(())
    }

    // ----- expressions -----

    fn expr(&mut self, e: &'a Expr) -> R {
        self.set_line(e.loc);
        match &e.kind {
            ExprKind::Name(n) => match n.as_str() {
                "None" => self.load_const(Value::None),
                "True" => self.load_const(Value::Bool(BoolBits::TRUE)),
                "False" => self.load_const(Value::Bool(BoolBits::FALSE)),
                _ => self.load_name(n),
            },
            ExprKind::Int(i) => self.load_const(Value::Int(*i)),
            ExprKind::Long(b) => {
                let i = self.add_const(Value::long(b.clone()));
                self.emit(Instr::LoadConst(i));
            }
            ExprKind::Float(f) => self.load_const(Value::float(*f)),
            ExprKind::Imag(f) => self.load_const(Value::complex(0.0, *f)),
            ExprKind::Str(s) => self.load_const(Value::bytes(s.clone())),
            ExprKind::Unicode(s) => self.load_const(crate::object::unicode::from_utf8(s.clone())),
            ExprKind::Tuple(items) => {
                if let Some(c) = const_tuple(items) {
                    let i = self.add_const(c);
                    self.emit(Instr::LoadConst(i));
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Instr::BuildTuple(items.len() as u32));
                }
            }
            ExprKind::List(items) => {
                for i in items {
                    self.expr(i)?;
                }
                self.emit(Instr::BuildList(items.len() as u32));
            }
            ExprKind::Set(items) => {
                for i in items {
                    self.expr(i)?;
                }
                self.emit(Instr::BuildSet(items.len() as u32));
            }
            ExprKind::Dict(pairs) => {
                // Python 2.7 evaluates each value before its key.
                for (k, v) in pairs {
                    self.expr(v)?;
                    self.expr(k)?;
                }
                self.emit(Instr::BuildMap(pairs.len() as u32));
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.mangled_index(attr);
                self.set_line(e.loc);
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.set_line(e.loc);
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
            ExprKind::Ellipsis => self.load_const(crate::vm::ops::ellipsis()),
            ExprKind::Call(c) => self.call(c, e.loc)?,
            ExprKind::BinOp { left, op, right } => {
                if let Some(v) = fold_binop(left, *op, right) {
                    let i = self.add_const(v);
                    self.emit(Instr::LoadConst(i));
                    return Ok(());
                }
                self.expr(left)?;
                self.expr(right)?;
                self.set_line(e.loc);
                self.emit(match op {
                    BinOp::Add => Instr::Add,
                    BinOp::Sub => Instr::Sub,
                    BinOp::Mul => Instr::Mul,
                    BinOp::Div if self.true_division => Instr::TrueDiv,
                    op => Instr::Binary(*op),
                });
            }
            ExprKind::UnaryOp { op, operand } => {
                if *op == UnaryOp::Neg {
                    match &operand.kind {
                        ExprKind::Int(i) => {
                            self.load_const(Value::Int(i.wrapping_neg()));
                            return Ok(());
                        }
                        ExprKind::Float(f) => {
                            self.load_const(Value::float(-*f));
                            return Ok(());
                        }
                        // `-(1j)` written with parentheses: the real part is -0.0.
                        ExprKind::Imag(f) => {
                            self.load_const(Value::complex(-0.0, -*f));
                            return Ok(());
                        }
                        ExprKind::Long(b) => {
                            let v = if *b == BigInt::from(i64::MAX) + 1 {
                                Value::Int(i64::MIN)
                            } else {
                                Value::long(-b.clone())
                            };
                            let i = self.add_const(v);
                            self.emit(Instr::LoadConst(i));
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                self.expr(operand)?;
                self.emit(Instr::Unary(*op));
            }
            ExprKind::BoolOp { op, values } => {
                let mut ends = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        ends.push(self.emit(match op {
                            BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in ends {
                    self.patch(j);
                }
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.set_line(e.loc);
                    self.emit(Instr::Compare(ops[0]));
                } else {
                    let mut cleanups = Vec::new();
                    for (i, (op, c)) in ops.iter().zip(comparators.iter()).enumerate() {
                        self.expr(c)?;
                        if i + 1 < ops.len() {
                            self.emit(Instr::Dup);
                            self.emit(Instr::RotThree);
                            self.emit(Instr::Compare(*op));
                            cleanups.push(self.emit(Instr::JumpIfFalseOrPop(0)));
                        } else {
                            self.emit(Instr::Compare(*op));
                        }
                    }
                    let end = self.emit(Instr::Jump(0));
                    for c in cleanups {
                        self.patch(c);
                    }
                    self.emit(Instr::RotTwo);
                    self.emit(Instr::Pop);
                    self.patch(end);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                let jf = self.cond_jump(test, false)?;
                self.expr(body)?;
                let end = self.emit(Instr::Jump(0));
                self.patch(jf);
                self.expr(orelse)?;
                self.patch(end);
            }
            ExprKind::Lambda { args, body } => {
                let scope = self.table.scope_of(e);
                self.function("<lambda>", args, scope, e.loc, |c| {
                    c.expr(body)?;
                    c.emit(Instr::ReturnValue);
                    Ok(())
                })?;
            }
            ExprKind::ListComp { elt, generators } => {
                self.emit(Instr::BuildList(0));
                self.comprehension(generators, 0, &mut |c, depth| {
                    c.expr(elt)?;
                    c.emit(Instr::ListAppend(depth + 1));
                    Ok(())
                })?;
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.nested_comprehension(e, "<genexpr>", generators, None, &mut |c, _| {
                    c.expr(elt)?;
                    c.emit(Instr::YieldValue);
                    c.emit(Instr::Pop);
                    Ok(())
                })?;
            }
            ExprKind::SetComp { elt, generators } => {
                self.nested_comprehension(e, "<setcomp>", generators, Some(Instr::BuildSet(0)), &mut |c, depth| {
                    c.expr(elt)?;
                    c.emit(Instr::SetAdd(depth + 1));
                    Ok(())
                })?;
            }
            ExprKind::DictComp { key, value, generators } => {
                self.nested_comprehension(e, "<dictcomp>", generators, Some(Instr::BuildMap(0)), &mut |c, depth| {
                    c.expr(value)?;
                    c.expr(key)?;
                    c.emit(Instr::MapAdd(depth + 1));
                    Ok(())
                })?;
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::Repr(v) => {
                self.expr(v)?;
                self.emit(Instr::Repr);
            }
        }
        Ok(())
    }

    /// Emits nested loops over `generators[i..]`; `inner` gets the number of
    /// iterators on the stack above the accumulator.
    fn comprehension(
        &mut self,
        generators: &'a [Comprehension],
        i: usize,
        inner: &mut dyn FnMut(&mut Self, u32) -> R,
    ) -> R {
        let Some(g) = generators.get(i) else {
            return inner(self, i as u32);
        };
        self.expr(&g.iter)?;
        self.emit(Instr::GetIter);
        self.comprehension_loop(generators, i, inner)
    }

    /// The loop of generator `i`, whose iterator is already on the stack.
    fn comprehension_loop(
        &mut self,
        generators: &'a [Comprehension],
        i: usize,
        inner: &mut dyn FnMut(&mut Self, u32) -> R,
    ) -> R {
        let g = &generators[i];
        let top = self.here();
        let fi = self.emit(Instr::ForIter(0));
        self.assign(&g.target)?;
        for cond in &g.ifs {
            let j = self.cond_jump(cond, false)?;
            self.patch_to(j, top);
        }
        self.comprehension(generators, i + 1, inner)?;
        self.emit(Instr::Jump(top));
        self.patch(fi);
        Ok(())
    }

    /// Generator expressions, set and dict comprehensions: a function called
    /// with the first iterator.
    fn nested_comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        generators: &'a [Comprehension],
        accumulator: Option<Instr>,
        inner: &mut dyn FnMut(&mut Self, u32) -> R,
    ) -> R {
        let scope = self.table.by_node.get(&node_key(e)).copied().unwrap_or(0);
        let Some(first) = generators.first() else { return Err(err("invalid syntax", e.loc)) };
        self.push_unit(name, CodeKind::Function, scope, e.loc.line);
        self.unit().argcount = 1;
        if let Some(acc) = accumulator {
            self.emit(acc);
        }
        let slot = self.var_slot(".0");
        self.emit(Instr::LoadFast(slot));
        self.comprehension_loop(generators, 0, inner)?;
        if accumulator.is_none() {
            self.load_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        self.make_closure_and_function(scope)?;
        self.expr(&first.iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::CallFunction(1));
        Ok(())
    }

    fn call(&mut self, c: &'a Call, loc: Loc) -> R {
        let simple = c.keywords.is_empty() && c.star.is_none() && c.kwstar.is_none();
        if simple {
            if let ExprKind::Attribute { value, attr } = &c.func.kind {
                self.expr(value)?;
                let i = self.mangled_index(attr);
                self.emit(Instr::LoadMethod(i));
                for a in &c.args {
                    self.expr(a)?;
                }
                self.set_line(loc);
                self.emit(Instr::CallMethod(c.args.len() as u32));
                return Ok(());
            }
        }
        self.expr(&c.func)?;
        for a in &c.args {
            self.expr(a)?;
        }
        if simple {
            self.set_line(loc);
            self.emit(Instr::CallFunction(c.args.len() as u32));
        } else if c.star.is_none() && c.kwstar.is_none() {
            let mut names = Vec::new();
            for (k, v) in &c.keywords {
                self.expr(v)?;
                names.push(Value::str(k));
            }
            let i = self.add_const(Value::tuple(names));
            self.emit(Instr::LoadConst(i));
            self.set_line(loc);
            self.emit(Instr::CallFunctionKw((c.args.len() + c.keywords.len()) as u32));
        } else {
            // Python 2.7's order: positional, keywords, *args, **kwargs.
            self.emit(Instr::BuildTuple(c.args.len() as u32));
            if c.keywords.is_empty() {
                self.load_const(Value::None);
            } else {
                for (k, v) in &c.keywords {
                    self.expr(v)?;
                    self.load_const(Value::str(k));
                }
                self.emit(Instr::BuildMap(c.keywords.len() as u32));
            }
            match &c.star {
                Some(s) => self.expr(s)?,
                None => self.load_const(Value::None),
            }
            match &c.kwstar {
                Some(k) => self.expr(k)?,
                None => self.load_const(Value::None),
            }
            self.set_line(loc);
            self.emit(Instr::CallFunctionEx);
        }
        Ok(())
    }
}

/// How CPython names an expression in "can't assign to ..." messages.
fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call(_) => "function call",
        ExprKind::Int(_)
        | ExprKind::Long(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Str(_)
        | ExprKind::Unicode(_) => "literal",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "operator",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) => "yield expression",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Dict(_) | ExprKind::DictComp { .. } | ExprKind::Set(_) | ExprKind::SetComp { .. } => "literal",
        ExprKind::BoolOp { .. } => "operator",
        ExprKind::Repr(_) => "repr",
        _ => "expression",
    }
}

/// A tuple of constants becomes one constant.
fn const_tuple(items: &[Expr]) -> Option<Value> {
    if items.is_empty() {
        return Some(Value::tuple(Vec::new()));
    }
    let mut out = Vec::new();
    for i in items {
        out.push(match &i.kind {
            ExprKind::Int(n) => Value::Int(*n),
            ExprKind::Float(f) => Value::float(*f),
            ExprKind::Imag(f) => Value::complex(0.0, *f),
            ExprKind::Str(s) => Value::bytes(s.clone()),
            ExprKind::Unicode(s) => crate::object::unicode::from_utf8(s.clone()),
            _ => return None,
        });
    }
    Some(Value::tuple(out))
}

/// Folds `int op int` literals that cannot fail or grow big (e.g. `2 * 3`).
fn fold_binop(left: &Expr, op: BinOp, right: &Expr) -> Option<Value> {
    let (ExprKind::Int(a), ExprKind::Int(b)) = (&left.kind, &right.kind) else { return None };
    let r = match op {
        BinOp::Add => a.checked_add(*b)?,
        BinOp::Sub => a.checked_sub(*b)?,
        BinOp::Mul => a.checked_mul(*b)?,
        BinOp::Pow if (0..=62).contains(b) => a.checked_pow(*b as u32)?,
        BinOp::LShift if (0..62).contains(b) && a.abs() < (1 << (62 - b)) => a << b,
        _ => return None,
    };
    Some(Value::Int(r))
}

/// An expression that compiles to one LoadConst with no side effects.
fn is_constant(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Int(_)
            | ExprKind::Long(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Str(_)
            | ExprKind::Unicode(_)
    )
}
