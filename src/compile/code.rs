//! Code objects: the compiled form of a module, function, class body or lambda.

use std::sync::Arc;

use super::opcode::Instr;
use crate::object::{PyStr, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// Module level: names live in the globals dict.
    Module,
    /// A class body: names live in a fresh dict, returned by LoadLocals.
    Class,
    /// A function, lambda or generator expression: fast locals.
    Function,
}

pub struct Code {
    /// Unique per compiled code object (see `vm::threads::Site`).
    pub id: u32,
    pub name: Arc<PyStr>,
    pub filename: Arc<str>,
    pub first_line: u32,
    pub kind: CodeKind,
    pub instrs: Box<[Instr]>,
    /// Source line of each instruction.
    pub lines: Box<[u32]>,
    pub consts: Box<[Value]>,
    /// Attribute, global and import names.
    pub names: Box<[Arc<PyStr>]>,
    /// Fast locals: the parameters first, then `*args`, `**kwargs`, then the rest.
    pub varnames: Box<[Arc<PyStr>]>,
    /// Variables of this scope captured by inner functions.
    pub cellvars: Box<[Arc<PyStr>]>,
    /// Variables of enclosing scopes used here.
    pub freevars: Box<[Arc<PyStr>]>,
    /// For each cell variable that is also a parameter: (cell index, parameter slot).
    pub cell_params: Box<[(u32, u32)]>,
    /// For each free variable: its index in the defining frame's cells.
    pub closure_from: Box<[u32]>,
    pub argcount: u32,
    pub ndefaults: u32,
    pub varargs: bool,
    pub varkw: bool,
    pub is_generator: bool,
    /// A function with an `exec` statement: its frame has a locals dict
    /// (see `Scope::unoptimized`).
    pub unoptimized: bool,
    /// A plain function: no *args, **kwargs or cell variables of its own
    /// (free variables are fine), not a generator; a call with exactly
    /// `argcount` positional arguments just moves them in.
    pub simple: bool,
    /// Compiled under `from __future__ import division`: eval, exec and
    /// input() called from this code inherit it (2.7's compiler flags).
    pub true_division: bool,
    pub max_stack: u32,
    pub doc: Value,
}

impl Code {
    /// A call with `nargs` positional arguments can move them straight into
    /// a new frame: a `simple` function (see above), no generator, and
    /// exactly its number of parameters.
    #[inline(always)]
    pub fn takes_exactly(&self, nargs: usize) -> bool {
        self.simple && !self.is_generator && self.argcount as usize == nargs
    }

    /// A call with `nargs` positional arguments and no keywords can move
    /// them into a new frame and take the missing ones from `ndefaults`
    /// defaults (`Vm::simple_frame`); more defaults than parameters take
    /// the general path.
    #[inline(always)]
    pub fn fills_with_defaults(&self, nargs: usize, ndefaults: usize) -> bool {
        let argc = self.argcount as usize;
        self.simple && !self.is_generator && nargs <= argc && ndefaults <= argc && nargs + ndefaults >= argc
    }

    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }
}
