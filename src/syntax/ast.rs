//! The abstract syntax tree: what the parser produces and the compiler consumes.
//!
//! Every statement and expression carries the source position where it starts.
//! Names are plain `String`s here; the compiler interns them.

use num_bigint::BigInt;

/// A source position: 1-based line, 0-based column (byte offset in the line).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    pub line: u32,
    pub col: u32,
}

/// A whole file (or one REPL entry).
#[derive(Clone, Debug, Default)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub loc: Loc,
    pub kind: StmtKind,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// An expression evaluated for its effect.
    Expr(Expr),
    /// `t1 = t2 = value`: targets are assigned left to right.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `print >>dest, v1, v2,` — `newline` is false when a trailing comma is present.
    Print {
        dest: Option<Expr>,
        values: Vec<Expr>,
        newline: bool,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Break,
    Continue,
    Pass,
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Global(Vec<String>),
    /// `del a, b[i], c.x`
    Delete(Vec<Expr>),
    /// try/except/else/finally; `handlers` may be empty (try/finally).
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `raise`, `raise E`, `raise E, V`, `raise E, V, T`
    Raise {
        exc: Option<Expr>,
        value: Option<Expr>,
        traceback: Option<Expr>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `import a.b as c, d`
    Import(Vec<Alias>),
    /// `from .mod import a as b, c` / `from mod import *` (names empty and `star` true)
    ImportFrom {
        module: String,
        names: Vec<Alias>,
        star: bool,
        level: u32,
    },
    /// `with a as x, b:` — items are entered left to right.
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
}

#[derive(Clone, Debug)]
pub struct FunctionDef {
    pub name: String,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

#[derive(Clone, Debug)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

#[derive(Clone, Debug)]
pub struct ExceptHandler {
    pub loc: Loc,
    /// `except:` has no type.
    pub typ: Option<Expr>,
    /// `except E as name` / `except E, name`: any assignment target.
    pub name: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Alias {
    /// Dotted name for `import`, a plain name for `from ... import`.
    pub name: String,
    pub asname: Option<String>,
}

#[derive(Clone, Debug)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

/// Formal parameters of a def or lambda.
#[derive(Clone, Debug, Default)]
pub struct Arguments {
    /// Positional parameters. A Python 2 tuple parameter `def f((a, b)):` is a
    /// `Tuple` expression of names; plain parameters are `Name` expressions.
    pub args: Vec<Expr>,
    /// Defaults for the last `defaults.len()` parameters.
    pub defaults: Vec<Expr>,
    pub vararg: Option<String>,
    pub kwarg: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub loc: Loc,
    pub kind: ExprKind,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Name(String),
    /// An `int` literal that fits in i64.
    Int(i64),
    /// A `long` literal: `12L`, or an int literal too big for i64.
    Long(BigInt),
    Float(f64),
    /// An imaginary literal (`2j`, and `-2j` folded): the imaginary part.
    Imag(f64),
    /// A string literal (adjacent literals already concatenated). Python 2 `str`
    /// is a byte string; `u'...'` literals are UTF-8 encoded into the same type.
    Str(Vec<u8>),
    /// A unicode literal (`u'...'`, or any part of adjacent literals), as UTF-8.
    Unicode(Vec<u8>),
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    Set(Vec<Expr>),
    Attribute {
        value: Box<Expr>,
        attr: String,
    },
    /// `value[index]`; for `a[i:j]` the index is a `Slice`, for `a[i:j, k]` a
    /// `Tuple` holding a `Slice` and an expression.
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// Only appears as (part of) a subscript index.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// `...` inside a subscript.
    Ellipsis,
    Call(Box<Call>),
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a and b and c` / `a or b`
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `a < b <= c`: `ops.len() == comparators.len()`
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Yield(Option<Box<Expr>>),
    /// Backquotes `` `x` `` (same as repr(x)).
    Repr(Box<Expr>),
}

#[derive(Clone, Debug)]
pub struct Call {
    pub func: Expr,
    pub args: Vec<Expr>,
    pub keywords: Vec<(String, Expr)>,
    /// `*args`
    pub star: Option<Expr>,
    /// `**kwargs`
    pub kwstar: Option<Expr>,
}

/// `for target in iter if cond1 if cond2`
#[derive(Clone, Debug)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// What went wrong in the source, with enough to print CPython's report:
/// `File "f.py", line N`, the line, a caret under `col`, then `kind: msg`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    /// 1-based line of the error.
    pub line: u32,
    /// 0-based byte offset in that line where the caret goes.
    pub col: u32,
    /// True when the source ended too early (open bracket, block header without
    /// a body, unterminated triple-quoted string): the REPL then asks for more.
    pub incomplete: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}
