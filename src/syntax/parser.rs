//! Parser glue: runs the generated LR parser and builds the AST with CPython 2.7's checks.

use std::cell::RefCell;

use lalrpop_util::ParseError;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::ast::*;
use super::lexer::{future_flags, FutureFlags, Lexer, LineIndex, Number, StrLit, Tok};

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_imports, unused_variables, dead_code)]
    grammar,
    "/minipy.rs"
);

/// Deepest expression nesting accepted (`a+a+...` chains, `- - x`, `a.b.c...`):
/// CPython 2.7 compiles flat chains of 50,000 terms (its C stack ends near
/// 100,000); sources this deep are compiled on a big stack (`compile::on_big_stack`).
pub const MAX_EXPR_DEPTH: u32 = 20_000;
/// Deepest statement nesting accepted (nested blocks and `elif` chains).
pub const MAX_STMT_DEPTH: u32 = 1000;
/// `SyntaxError::col` of the errors CPython reports without a caret (those
/// found after parsing: bad assignment targets, argument order, ...).
/// `SyntaxError` has no way to say "no caret", so they point at column 0.
pub const NO_CARET: u32 = 0;

/// Parses a whole file.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    parse_module_with(source, FutureFlags::default())
}

/// Parses a whole file as code compiled with the given `__future__` features
/// already in force (as `compile()` inherits them); the file's own future
/// imports are added.
pub fn parse_module_with(source: &str, inherited: FutureFlags) -> Result<Module, SyntaxError> {
    parse_module_recode(source, inherited, None)
}

/// `parse_module_with` for text decoded from a declared encoding: plain
/// string literals go back to that encoding's bytes (see `source::Recode`).
pub fn parse_module_recode(source: &str, inherited: FutureFlags, recode: Recoder) -> Result<Module, SyntaxError> {
    let src = normalize(source);
    match run(&src, Tok::StartModule, Mode::File, inherited, recode)? {
        (Top::Module(body), _) => Ok(Module { body }),
        (Top::Expr(_), _) => Ok(Module::default()),
    }
}

/// Parses one REPL entry: the lines typed so far, each followed by `"\n"`.
/// A compound statement is complete only once the entry ends with an empty
/// line; until then, and whenever the input stops inside brackets, a
/// triple-quoted string or after a backslash, the error has `incomplete` set.
pub fn parse_interactive(source: &str) -> Result<Module, SyntaxError> {
    parse_interactive_with(source, FutureFlags::default())
}

/// `parse_interactive` with the `__future__` features of earlier entries in
/// force (the REPL keeps `flags = flags.union(future_flags(entry))`).
pub fn parse_interactive_with(source: &str, inherited: FutureFlags) -> Result<Module, SyntaxError> {
    parse_interactive_recode(source, inherited, None)
}

/// `parse_interactive_with` for text decoded from the terminal's encoding.
pub fn parse_interactive_recode(source: &str, inherited: FutureFlags, recode: Recoder) -> Result<Module, SyntaxError> {
    let src = normalize(source);
    let (top, ends_with_continuation) = run(&src, Tok::StartModule, Mode::Interactive, inherited, recode)?;
    let body = match top {
        Top::Module(body) => body,
        Top::Expr(_) => Vec::new(),
    };
    let text = src.strip_suffix('\n').unwrap_or(&src);
    let ends_blank = text.rsplit_once('\n').is_some_and(|(_, last)| last.trim_matches([' ', '\t', '\x0c']).is_empty());
    let compound = body.last().is_some_and(|s| {
        matches!(
            s.kind,
            StmtKind::If { .. }
                | StmtKind::While { .. }
                | StmtKind::For { .. }
                | StmtKind::Try { .. }
                | StmtKind::With { .. }
                | StmtKind::FunctionDef(_)
                | StmtKind::ClassDef(_)
        )
    });
    if ends_with_continuation || (compound && !ends_blank) {
        let at = LineIndex::new(&src).loc(src.len());
        let mut err = syntax_error("unexpected EOF while parsing", at);
        err.incomplete = true;
        return Err(err);
    }
    Ok(Module { body })
}

/// Parses an expression (a `testlist`, as `eval` takes it).
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    parse_expression_recode(source, None)
}

/// `parse_expression` for text decoded from a declared encoding.
pub fn parse_expression_recode(source: &str, recode: Recoder) -> Result<Expr, SyntaxError> {
    let src = normalize(source);
    let flags = FutureFlags::default();
    match run(&src, Tok::StartExpression, Mode::Expression, flags, recode)? {
        (Top::Expr(e), _) => Ok(*e),
        (Top::Module(_), _) => Err(syntax_error("invalid syntax", Loc { line: 1, col: 0 })),
    }
}

/// Drops a UTF-8 BOM and turns `\r\n` and lone `\r` into `\n`.
fn normalize(source: &str) -> std::borrow::Cow<'_, str> {
    let s = source.strip_prefix('\u{feff}').unwrap_or(source);
    if s.contains('\r') {
        std::borrow::Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    File,
    Interactive,
    Expression,
}

/// How string literals of decoded source return to its encoding.
pub type Recoder = Option<std::sync::Arc<super::source::Recode>>;

fn run(src: &str, start: Tok, mode: Mode, inherited: FutureFlags, recode: Recoder) -> Result<(Top, bool), SyntaxError> {
    let flags = future_flags(src).union(inherited);
    let mut lexer = Lexer::with_recode(src, start, flags, recode);
    let ctx = Ctx::default();
    let result = grammar::TopParser::new().parse(&ctx, &mut lexer);
    let lines = lexer.lines();
    match result {
        Ok(top) => match ctx.first_error() {
            Some(e) => Err(e),
            None => Ok((top, lexer.ends_with_continuation)),
        },
        Err(e) => Err(convert_error(e, src, lines, mode)),
    }
}

fn error_at(kind: SyntaxErrorKind, msg: &str, loc: Loc) -> SyntaxError {
    SyntaxError { kind, msg: msg.to_owned(), line: loc.line, col: loc.col, incomplete: false }
}

fn syntax_error(msg: &str, loc: Loc) -> SyntaxError {
    error_at(SyntaxErrorKind::SyntaxError, msg, loc)
}

/// The last column of a token ending at `end`: where CPython puts its caret.
fn last_col(end: Loc) -> Loc {
    Loc { line: end.line, col: end.col.saturating_sub(1) }
}

fn convert_error(e: ParseError<Loc, Tok, SyntaxError>, src: &str, lines: &LineIndex, mode: Mode) -> SyntaxError {
    use SyntaxErrorKind::{IndentationError as Indent, SyntaxError as Syntax};
    let expects_indent = |expected: &[String]| expected.len() == 1 && expected[0] == "\"INDENT\"";
    let (kind, msg, at, incomplete) = match e {
        ParseError::User { error } => return error,
        ParseError::InvalidToken { location } => (Syntax, "invalid syntax", location, false),
        ParseError::ExtraToken { token: (_, _, end) } => (Syntax, "invalid syntax", last_col(end), false),
        ParseError::UnrecognizedEof { expected, .. } => {
            // CPython reading a file reports the end of input like any token;
            // `compile()` of a string (eval) says "unexpected EOF"
            let at = match mode {
                Mode::File => lines.eof_loc(src),
                Mode::Interactive => lines.loc(src.strip_suffix('\n').unwrap_or(src).len()),
                Mode::Expression => last_col(lines.loc(src.trim_end_matches('\n').len())),
            };
            match mode {
                Mode::Expression => (Syntax, "unexpected EOF while parsing", at, true),
                _ if expects_indent(&expected) => (Indent, "expected an indented block", at, true),
                _ => (Syntax, "invalid syntax", at, true),
            }
        }
        ParseError::UnrecognizedToken { token: (start, tok, end), expected } => match tok {
            Tok::Indent => (Indent, "unexpected indent", last_col(start), false),
            Tok::Dedent if expects_indent(&expected) => (Indent, "expected an indented block", start, false),
            _ if expects_indent(&expected) => (Indent, "expected an indented block", last_col(end), false),
            Tok::Dedent => (Indent, "unexpected unindent", start, false),
            Tok::Newline if mode == Mode::Expression => (Syntax, "unexpected EOF while parsing", last_col(end), true),
            _ => (Syntax, "invalid syntax", last_col(end), false),
        },
    };
    let mut err = error_at(kind, msg, at);
    err.incomplete = incomplete;
    err
}

type PResult<T> = Result<T, ParseError<Loc, Tok, SyntaxError>>;

fn user_error<T>(msg: &str, loc: Loc) -> PResult<T> {
    Err(ParseError::User { error: syntax_error(msg, loc) })
}

/// What the grammar's start rule produces.
pub enum Top {
    Module(Vec<Stmt>),
    Expr(Box<Expr>),
}

/// What an expression was built from, for CPython's position and folding rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    Plain,
    /// A bare number literal (foldable with a unary minus).
    Num,
    /// A bare int literal that is long only because it overflowed i64.
    BigNum,
    /// A binary operation at this precedence level, not parenthesized.
    Chain(u8),
    /// A tuple written without parentheses.
    BareTuple,
}

/// An expression under construction with its nesting depth.
pub struct Ex {
    pub e: Box<Expr>,
    pub d: u32,
    pub tag: Tag,
}

fn too_deep<T>(loc: Loc) -> PResult<T> {
    user_error("expression too deeply nested", loc)
}

fn bx(e: Ex) -> Box<Expr> {
    e.e
}

fn max_depth<'a>(it: impl IntoIterator<Item = &'a Ex>) -> u32 {
    it.into_iter().map(|e| e.d).max().unwrap_or(0)
}

fn exprs(v: Vec<Ex>) -> Vec<Expr> {
    v.into_iter().map(|e| *e.e).collect()
}

impl Ex {
    fn new(loc: Loc, kind: ExprKind, d: u32) -> PResult<Ex> {
        if d > MAX_EXPR_DEPTH {
            return too_deep(loc);
        }
        Ok(Ex { e: Box::new(Expr { loc, kind }), d, tag: Tag::Plain })
    }

    pub fn leaf(loc: Loc, kind: ExprKind) -> Ex {
        Ex { e: Box::new(Expr { loc, kind }), d: 1, tag: Tag::Plain }
    }

    /// The expression itself.
    pub fn expr(self) -> Expr {
        *self.e
    }

    pub fn paren(mut self) -> Ex {
        self.tag = Tag::Plain;
        self
    }

    pub fn number(loc: Loc, n: Number) -> Ex {
        let (kind, tag) = match n {
            Number::Int(v) => (ExprKind::Int(v), Tag::Num),
            Number::Long(v, overflow) => (ExprKind::Long(v), if overflow { Tag::BigNum } else { Tag::Num }),
            Number::Float(v) => (ExprKind::Float(v), Tag::Num),
            Number::Imag(v) => (ExprKind::Imag(v), Tag::Num),
        };
        Ex { e: Box::new(Expr { loc, kind }), d: 1, tag }
    }

    pub fn attr(v: Ex, attr: String) -> PResult<Ex> {
        let d = v.d + 1;
        Ex::new(v.e.loc, ExprKind::Attribute { value: bx(v), attr }, d)
    }

    pub fn subscript(v: Ex, i: Ex) -> PResult<Ex> {
        let d = v.d.max(i.d) + 1;
        Ex::new(v.e.loc, ExprKind::Subscript { value: bx(v), index: bx(i) }, d)
    }

    pub fn tuple_or_single(loc: Loc, (mut v, trailing): (Vec<Ex>, bool)) -> PResult<Ex> {
        if v.len() == 1 && !trailing {
            if let Some(e) = v.pop() {
                return Ok(e);
            }
        }
        let mut e = Ex::list(loc, v, ExprKind::Tuple)?;
        e.tag = Tag::BareTuple;
        Ok(e)
    }

    pub fn tuple_from(loc: Loc, first: Ex, mut rest: Vec<Ex>) -> PResult<Ex> {
        rest.insert(0, first);
        Ex::list(loc, rest, ExprKind::Tuple)
    }

    pub fn list(loc: Loc, v: Vec<Ex>, kind: fn(Vec<Expr>) -> ExprKind) -> PResult<Ex> {
        let d = max_depth(&v) + 1;
        Ex::new(loc, kind(exprs(v)), d)
    }

    pub fn dict(loc: Loc, v: Vec<(Ex, Ex)>) -> PResult<Ex> {
        let d = v.iter().map(|(k, v)| k.d.max(v.d)).max().unwrap_or(0) + 1;
        Ex::new(loc, ExprKind::Dict(v.into_iter().map(|(k, v)| (*k.e, *v.e)).collect()), d)
    }

    pub fn yield_(loc: Loc, v: Option<Ex>) -> PResult<Ex> {
        let d = v.as_ref().map_or(0, |v| v.d) + 1;
        Ex::new(loc, ExprKind::Yield(v.map(bx)), d)
    }

    pub fn repr(loc: Loc, v: Ex) -> PResult<Ex> {
        super::py3k::note_ast(loc.line, "backquote not supported in 3.x; use repr()");
        let d = v.d + 1;
        Ex::new(loc, ExprKind::Repr(bx(v)), d)
    }

    pub fn if_exp(loc: Loc, body: Ex, test: Ex, orelse: Ex) -> PResult<Ex> {
        let d = body.d.max(test.d).max(orelse.d) + 1;
        Ex::new(loc, ExprKind::IfExp { test: bx(test), body: bx(body), orelse: bx(orelse) }, d)
    }

    pub fn bool_op(loc: Loc, op: BoolOp, v: Vec<Ex>) -> PResult<Ex> {
        let d = max_depth(&v) + 1;
        Ex::new(loc, ExprKind::BoolOp { op, values: exprs(v) }, d)
    }

    pub fn unary(loc: Loc, op: UnaryOp, e: Ex) -> PResult<Ex> {
        let d = e.d + 1;
        Ex::new(loc, ExprKind::UnaryOp { op, operand: bx(e) }, d)
    }

    /// Unary minus; like CPython 2.7, `-<number literal>` becomes a negative literal.
    pub fn neg(loc: Loc, e: Ex) -> PResult<Ex> {
        if matches!(e.tag, Tag::Num | Tag::BigNum) {
            let kind = match e.e.kind {
                ExprKind::Int(v) => ExprKind::Int(-v),
                ExprKind::Long(v) => {
                    let v: BigInt = -v;
                    match v.to_i64() {
                        Some(i) if e.tag == Tag::BigNum => ExprKind::Int(i),
                        _ => ExprKind::Long(v),
                    }
                }
                ExprKind::Float(v) => ExprKind::Float(-v),
                ExprKind::Imag(v) => ExprKind::Imag(-v),
                kind => kind,
            };
            return Ok(Ex::leaf(loc, kind));
        }
        Ex::unary(loc, UnaryOp::Neg, e)
    }

    pub fn compare(loc: Loc, left: Ex, rest: Vec<(CmpOp, Ex)>) -> PResult<Ex> {
        let d = left.d.max(rest.iter().map(|(_, e)| e.d).max().unwrap_or(0)) + 1;
        let (ops, comparators) = rest.into_iter().map(|(o, e)| (o, *e.e)).unzip();
        Ex::new(loc, ExprKind::Compare { left: bx(left), ops, comparators }, d)
    }

    /// A binary operation; like CPython 2.7, the second and later operations of
    /// an unparenthesized chain `a + b - c` are placed at their operator.
    pub fn bin_op(loc: Loc, left: Ex, op_loc: Loc, op: BinOp, right: Ex, level: u8) -> PResult<Ex> {
        let at = if left.tag == Tag::Chain(level) { op_loc } else { loc };
        let d = left.d.max(right.d) + 1;
        let mut e = Ex::new(at, ExprKind::BinOp { left: bx(left), op, right: bx(right) }, d)?;
        e.tag = Tag::Chain(level);
        Ok(e)
    }

    pub fn slice(loc: Loc, lower: Option<Ex>, upper: Option<Ex>, step: Option<Ex>) -> PResult<Ex> {
        let d = [&lower, &upper, &step].iter().filter_map(|e| e.as_ref()).map(|e| e.d).max().unwrap_or(0) + 1;
        let kind = ExprKind::Slice { lower: lower.map(bx), upper: upper.map(bx), step: step.map(bx) };
        Ex::new(loc, kind, d)
    }

    pub fn comp(loc: Loc, elt: Ex, g: Gens, kind: fn(Box<Expr>, Vec<Comprehension>) -> ExprKind) -> PResult<Ex> {
        let d = elt.d.max(g.d) + 1;
        Ex::new(loc, kind(bx(elt), g.v), d)
    }

    pub fn dict_comp(loc: Loc, key: Ex, value: Ex, g: Gens) -> PResult<Ex> {
        let d = key.d.max(value.d).max(g.d) + 1;
        Ex::new(loc, ExprKind::DictComp { key: bx(key), value: bx(value), generators: g.v }, d)
    }
}

pub fn gen_exp(elt: Box<Expr>, generators: Vec<Comprehension>) -> ExprKind {
    ExprKind::GeneratorExp { elt, generators }
}

pub fn list_comp(elt: Box<Expr>, generators: Vec<Comprehension>) -> ExprKind {
    ExprKind::ListComp { elt, generators }
}

pub fn set_comp(elt: Box<Expr>, generators: Vec<Comprehension>) -> ExprKind {
    ExprKind::SetComp { elt, generators }
}

/// Comprehension clauses with the depth of their deepest expression.
#[derive(Default)]
pub struct Gens {
    pub v: Vec<Comprehension>,
    pub d: u32,
}

impl Gens {
    pub fn with_if(mut self, c: Ex) -> Gens {
        self.d = self.d.max(c.d);
        if let Some(last) = self.v.last_mut() {
            last.ifs.push(*c.e);
        }
        self
    }
}

/// Statements with the depth of their deepest nesting.
#[derive(Default)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub d: u32,
}

impl Block {
    pub fn simple(stmts: Vec<Stmt>) -> Block {
        Block { stmts, d: 1 }
    }

    pub fn extend(mut self, other: Block) -> Block {
        self.stmts.extend(other.stmts);
        self.d = self.d.max(other.d);
        self
    }
}

/// One call argument.
pub enum ArgItem {
    Pos(Ex),
    Gen(Ex),
    Kw(Ex, Ex),
    Star(Ex),
    KwStar(Ex),
}

/// Call arguments: (start, argument, location of the comma before it), and
/// the location of a trailing comma.
pub type ArgList = (Vec<(Loc, ArgItem, Loc)>, Option<Loc>);

/// Parameters of a def or lambda before checking.
pub struct Params {
    pub params: Vec<(Ex, Option<Ex>)>,
    pub vararg: Option<String>,
    pub kwarg: Option<String>,
}

impl Params {
    /// `-3`'s warnings for one parameter of a def or lambda that starts at
    /// `start`: a tuple to unpack, or a name in parentheses (its own
    /// location then differs from the parameter's).
    pub fn check_param(start: Loc, p: &Ex) {
        if matches!(p.e.kind, ExprKind::Tuple(_)) {
            super::py3k::note_ast(start.line, "tuple parameter unpacking has been removed in 3.x");
        } else if p.e.loc != start {
            super::py3k::note_ast(start.line, "parenthesized argument names are invalid in 3.x");
        }
    }

    pub fn new(params: Vec<(Ex, Option<Ex>)>, vararg: Option<String>, kwarg: Option<String>) -> Box<Params> {
        Box::new(Params { params, vararg, kwarg })
    }
}

/// Parser state shared by the grammar actions: errors CPython reports only
/// after a successful parse.
#[derive(Default)]
pub struct Ctx {
    /// The first error of CPython's AST builder.
    ast_error: RefCell<Option<SyntaxError>>,
    /// The first error of CPython's symbol table pass (duplicate arguments).
    late_error: RefCell<Option<SyntaxError>>,
}

fn no_caret(line: u32, msg: String) -> SyntaxError {
    SyntaxError { kind: SyntaxErrorKind::SyntaxError, msg, line, col: NO_CARET, incomplete: false }
}

fn stmt_depth(loc: Loc, d: u32) -> PResult<()> {
    if d > MAX_STMT_DEPTH {
        return user_error("statement too deeply nested", loc);
    }
    Ok(())
}

/// CPython 2.7 places an unparenthesized `for` target tuple at its first element.
fn for_target(mut target: Ex) -> Ex {
    if let (Tag::BareTuple, ExprKind::Tuple(v)) = (target.tag, &target.e.kind) {
        target.e.loc = v.first().map_or(target.e.loc, |e| e.loc);
    }
    target
}

fn targets_of(e: &Expr) -> Vec<&Expr> {
    match &e.kind {
        ExprKind::Tuple(v) | ExprKind::List(v) => v.iter().flat_map(targets_of).collect(),
        _ => vec![e],
    }
}

impl Ctx {
    fn first_error(&self) -> Option<SyntaxError> {
        self.ast_error.borrow_mut().take().or_else(|| self.late_error.borrow_mut().take())
    }

    fn error(&self, line: u32, msg: impl Into<String>) {
        let mut slot = self.ast_error.borrow_mut();
        if slot.is_none() {
            *slot = Some(no_caret(line, msg.into()));
        }
    }

    fn late(&self, line: u32, msg: impl Into<String>) {
        let mut slot = self.late_error.borrow_mut();
        if slot.is_none() {
            *slot = Some(no_caret(line, msg.into()));
        }
    }

    fn forbidden(&self, line: u32, name: &str) {
        if name == "None" || name == "__debug__" {
            self.error(line, format!("cannot assign to {name}"));
        } else if name == "True" || name == "False" {
            super::py3k::note_ast(line, "assignment to True or False is forbidden in 3.x");
        } else if name == "nonlocal" {
            super::py3k::note_ast(line, "nonlocal is a keyword in 3.x");
        }
    }

    /// CPython's `set_context`: checks an assignment (or `del`) target.
    fn target(&self, line: u32, e: &Expr, store: bool) {
        let what = match &e.kind {
            ExprKind::Name(n) | ExprKind::Attribute { attr: n, .. } => {
                if store {
                    self.forbidden(line, n);
                }
                return;
            }
            ExprKind::Subscript { .. } => return,
            ExprKind::List(v) => {
                v.iter().for_each(|x| self.target(line, x, store));
                return;
            }
            ExprKind::Tuple(v) if !v.is_empty() => {
                v.iter().for_each(|x| self.target(line, x, store));
                return;
            }
            ExprKind::Tuple(_) => "()",
            ExprKind::Lambda { .. } => "lambda",
            ExprKind::Call(_) => "function call",
            ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "operator",
            ExprKind::GeneratorExp { .. } => "generator expression",
            ExprKind::Yield(_) => "yield expression",
            ExprKind::ListComp { .. } => "list comprehension",
            ExprKind::SetComp { .. } => "set comprehension",
            ExprKind::DictComp { .. } => "dict comprehension",
            ExprKind::Compare { .. } => "comparison",
            ExprKind::Repr(_) => "repr",
            ExprKind::IfExp { .. } => "conditional expression",
            _ => "literal",
        };
        let verb = if store { "assign to" } else { "delete" };
        self.error(line, format!("can't {verb} {what}"));
    }

    pub fn stmt(&self, loc: Loc, kind: StmtKind) -> Box<Stmt> {
        Box::new(Stmt { loc, kind })
    }

    pub fn delete(&self, loc: Loc, targets: Vec<Ex>) -> Box<Stmt> {
        for t in &targets {
            self.target(t.e.loc.line, &t.e, false);
        }
        self.stmt(loc, StmtKind::Delete(exprs(targets)))
    }

    pub fn raise(&self, loc: Loc, exc: Option<Ex>, value: Option<Ex>, tb: Option<Ex>) -> Box<Stmt> {
        let (exc, value, traceback) = (exc.map(Ex::expr), value.map(Ex::expr), tb.map(Ex::expr));
        self.stmt(loc, StmtKind::Raise { exc, value, traceback })
    }

    /// `exec code [in globals [, locals]]` becomes a call of the name `exec`
    /// (not a valid identifier in Python 2, so it cannot clash).
    pub fn exec(&self, loc: Loc, code: Ex, g: Option<Ex>, l: Option<Ex>) -> PResult<Box<Stmt>> {
        let d = [Some(&code), g.as_ref(), l.as_ref()].into_iter().flatten().map(|e| e.d).max().unwrap_or(0);
        let code = code.expr();
        let mut args = match code.kind {
            ExprKind::Tuple(v) if g.is_none() && (2..=3).contains(&v.len()) => v,
            kind => vec![Expr { loc: code.loc, kind }],
        };
        args.extend(g.into_iter().chain(l).map(Ex::expr));
        let func = Expr { loc, kind: ExprKind::Name("exec".to_owned()) };
        let call = Call { func, args, keywords: Vec::new(), star: None, kwstar: None };
        let e = Ex::new(loc, ExprKind::Call(Box::new(call)), d + 1)?;
        Ok(self.stmt(loc, StmtKind::Expr(e.expr())))
    }

    pub fn aug_assign(&self, loc: Loc, target: Ex, op: BinOp, value: Ex) -> Box<Stmt> {
        let line = target.e.loc.line;
        self.target(line, &target.e, true);
        if !matches!(target.e.kind, ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
            self.error(line, "illegal expression for augmented assignment");
        }
        self.stmt(loc, StmtKind::AugAssign { target: *target.e, op, value: *value.e })
    }

    pub fn assign(&self, loc: Loc, first: Ex, mut rest: Vec<Ex>) -> Box<Stmt> {
        let value = rest.pop().map(|v| *v.e);
        rest.insert(0, first);
        for t in &rest {
            if matches!(t.e.kind, ExprKind::Yield(_)) {
                self.error(t.e.loc.line, "assignment to yield expression not possible");
            }
            self.target(t.e.loc.line, &t.e, true);
        }
        let value = value.unwrap_or(Expr { loc, kind: ExprKind::Tuple(Vec::new()) });
        self.stmt(loc, StmtKind::Assign { targets: exprs(rest), value })
    }

    pub fn print(&self, loc: Loc, dest: Option<Ex>, v: Option<(Vec<Ex>, bool)>) -> Box<Stmt> {
        let (values, trailing) = v.unwrap_or_default();
        let kind = StmtKind::Print { dest: dest.map(|d| *d.e), values: exprs(values), newline: !trailing };
        self.stmt(loc, kind)
    }

    pub fn alias(&self, loc: Loc, name: String, asname: Option<String>) -> Alias {
        self.forbidden(loc.line, asname.as_deref().unwrap_or(&name));
        Alias { name, asname }
    }

    pub fn import_from(
        &self,
        loc: Loc,
        level: usize,
        module: Option<String>,
        import_loc: Loc,
        (names, star, trailing): (Vec<Alias>, bool, bool),
    ) -> PResult<Box<Stmt>> {
        if level == 0 && module.is_none() {
            return user_error("invalid syntax", Loc { line: import_loc.line, col: import_loc.col + 5 });
        }
        if trailing {
            self.error(loc.line, "trailing comma not allowed without surrounding parentheses");
        }
        let module = module.unwrap_or_default();
        let level = level as u32;
        Ok(self.stmt(loc, StmtKind::ImportFrom { module, names, star, level }))
    }

    fn compound(&self, loc: Loc, kind: StmtKind, bodies: &[u32]) -> PResult<Block> {
        let d = bodies.iter().copied().max().unwrap_or(0) + 1;
        stmt_depth(loc, d)?;
        Ok(Block { stmts: vec![Stmt { loc, kind }], d })
    }

    pub fn if_stmt(
        &self,
        loc: Loc,
        test: Ex,
        body: Block,
        elifs: Vec<Box<(Loc, Ex, Block)>>,
        orelse: Option<Block>,
    ) -> PResult<Block> {
        let mut tail = orelse.unwrap_or_default();
        for elif in elifs.into_iter().rev() {
            let (test_loc, t, b) = *elif;
            let kind = StmtKind::If { test: t.expr(), body: b.stmts, orelse: tail.stmts };
            tail = self.compound(test_loc, kind, &[b.d, tail.d])?;
        }
        let kind = StmtKind::If { test: test.expr(), body: body.stmts, orelse: tail.stmts };
        self.compound(loc, kind, &[body.d, tail.d])
    }

    pub fn while_stmt(&self, loc: Loc, test: Ex, body: Block, orelse: Option<Block>) -> PResult<Block> {
        let orelse = orelse.unwrap_or_default();
        let d = [body.d, orelse.d];
        self.compound(loc, StmtKind::While { test: *test.e, body: body.stmts, orelse: orelse.stmts }, &d)
    }

    pub fn for_stmt(&self, loc: Loc, target: Ex, iter: Ex, body: Block, orelse: Option<Block>) -> PResult<Block> {
        let target = for_target(target);
        self.target(target.e.loc.line, &target.e, true);
        let orelse = orelse.unwrap_or_default();
        let d = [body.d, orelse.d];
        let kind = StmtKind::For { target: *target.e, iter: *iter.e, body: body.stmts, orelse: orelse.stmts };
        self.compound(loc, kind, &d)
    }

    pub fn handler(&self, loc: Loc, typ: Option<Ex>, name: Option<Ex>, body: Block) -> Box<(ExceptHandler, u32)> {
        if let Some(n) = &name {
            self.target(n.e.loc.line, &n.e, true);
        }
        let (typ, name) = (typ.map(Ex::expr), name.map(Ex::expr));
        Box::new((ExceptHandler { loc, typ, name, body: body.stmts }, body.d))
    }

    pub fn try_stmt(
        &self,
        loc: Loc,
        body: Block,
        handlers: Vec<Box<(ExceptHandler, u32)>>,
        orelse: Option<Block>,
        finalbody: Option<Block>,
    ) -> PResult<Block> {
        let (orelse, finalbody) = (orelse.unwrap_or_default(), finalbody.unwrap_or_default());
        let mut d = vec![body.d, orelse.d, finalbody.d];
        d.extend(handlers.iter().map(|h| h.1));
        let handlers = handlers.into_iter().map(|h| h.0).collect();
        let kind = StmtKind::Try { body: body.stmts, handlers, orelse: orelse.stmts, finalbody: finalbody.stmts };
        self.compound(loc, kind, &d)
    }

    /// A with statement; CPython 2.7 places it at its first item.
    pub fn with_stmt(&self, items: Vec<(Loc, Ex, Option<Ex>)>, body: Block) -> PResult<Block> {
        let loc = items.first().map_or(Loc::default(), |i| i.0);
        let items = items
            .into_iter()
            .map(|(_, c, t)| {
                if let Some(t) = &t {
                    self.target(t.e.loc.line, &t.e, true);
                }
                WithItem { context: *c.e, target: t.map(|t| *t.e) }
            })
            .collect();
        self.compound(loc, StmtKind::With { items, body: body.stmts }, &[body.d])
    }

    /// CPython's `ast_for_arguments` checks, then the symbol table's duplicate check.
    fn arguments(&self, line: u32, p: Option<Box<Params>>) -> (Arguments, u32) {
        let Some(p) = p else {
            return (Arguments::default(), 0);
        };
        let mut args = Arguments { vararg: p.vararg, kwarg: p.kwarg, ..Arguments::default() };
        let mut d = 0;
        for (param, default) in p.params {
            d = d.max(param.d);
            match &param.e.kind {
                ExprKind::Name(n) => self.forbidden(line, n),
                _ => self.target(line, &param.e, true),
            }
            match default {
                Some(x) => {
                    d = d.max(x.d);
                    args.defaults.push(*x.e);
                }
                None if !args.defaults.is_empty() => {
                    self.error(line, "non-default argument follows default argument");
                }
                None => {}
            }
            args.args.push(*param.e);
        }
        for n in args.vararg.iter().chain(args.kwarg.iter()) {
            self.forbidden(line, n);
        }
        let mut names: Vec<&str> = args
            .args
            .iter()
            .flat_map(targets_of)
            .filter_map(|e| match &e.kind {
                ExprKind::Name(n) => Some(n.as_str()),
                _ => None,
            })
            .collect();
        names.extend(args.vararg.iter().chain(args.kwarg.iter()).map(String::as_str));
        for (i, n) in names.iter().enumerate() {
            if names[..i].contains(n) {
                self.late(line, format!("duplicate argument '{n}' in function definition"));
                break;
            }
        }
        (args, d)
    }

    pub fn lambda(&self, loc: Loc, p: Option<Box<Params>>, body: Ex) -> PResult<Ex> {
        let (args, d) = self.arguments(loc.line, p);
        let d = d.max(body.d) + 1;
        Ex::new(loc, ExprKind::Lambda { args: Box::new(args), body: bx(body) }, d)
    }

    pub fn funcdef(
        &self,
        loc: Loc,
        name_loc: Loc,
        name: String,
        p: Option<Box<Params>>,
        body: Block,
    ) -> PResult<Block> {
        self.forbidden(name_loc.line, &name);
        let (args, _) = self.arguments(loc.line, p);
        let def = FunctionDef { name, args, body: body.stmts, decorators: Vec::new() };
        self.compound(loc, StmtKind::FunctionDef(Box::new(def)), &[body.d])
    }

    pub fn classdef(
        &self,
        loc: Loc,
        name_loc: Loc,
        name: String,
        bases: Option<(Vec<Ex>, bool)>,
        body: Block,
    ) -> PResult<Block> {
        self.forbidden(name_loc.line, &name);
        let bases = exprs(bases.map(|b| b.0).unwrap_or_default());
        let class = ClassDef { name, bases, body: body.stmts, decorators: Vec::new() };
        self.compound(loc, StmtKind::ClassDef(Box::new(class)), &[body.d])
    }

    pub fn decorate(&self, decorators: Vec<(Loc, Ex)>, mut b: Block) -> PResult<Block> {
        let loc = decorators.first().map(|d| d.0);
        let list: Vec<Expr> = decorators.into_iter().map(|d| d.1.expr()).collect();
        if let Some(s) = b.stmts.first_mut() {
            s.loc = loc.unwrap_or(s.loc);
            match &mut s.kind {
                StmtKind::FunctionDef(f) => f.decorators = list,
                StmtKind::ClassDef(c) => c.decorators = list,
                _ => {}
            }
        }
        Ok(b)
    }

    /// Builds a call, with the grammar's and CPython's `ast_for_call` checks.
    pub fn call(&self, func: Ex, args: Option<ArgList>, rpar: Loc) -> PResult<Ex> {
        let (items, trailing) = args.unwrap_or_default();
        #[derive(PartialEq)]
        enum State {
            Normal,
            AfterStar,
            AfterKwStar,
        }
        let mut state = State::Normal;
        let (mut nargs, mut nkw, mut ngens) = (0, 0, 0);
        for (start, item, comma) in &items {
            if state == State::AfterKwStar {
                return user_error("invalid syntax", *comma);
            }
            match item {
                ArgItem::Star(_) if state == State::AfterStar => {
                    return user_error("invalid syntax", *start);
                }
                ArgItem::Star(_) => state = State::AfterStar,
                ArgItem::KwStar(_) => state = State::AfterKwStar,
                ArgItem::Pos(_) => nargs += 1,
                ArgItem::Kw(..) => nkw += 1,
                ArgItem::Gen(_) => ngens += 1,
            }
        }
        if let Some(c) = trailing {
            match state {
                State::AfterKwStar => return user_error("invalid syntax", c),
                State::AfterStar => return user_error("invalid syntax", rpar),
                State::Normal => {}
            }
        }
        let line = items.first().map_or(func.e.loc.line, |i| i.0.line);
        if ngens > 1 || (ngens > 0 && nargs + nkw > 0) {
            self.error(line, "Generator expression must be parenthesized if not sole argument");
        }
        if nargs + nkw + ngens > 255 {
            self.error(line, "more than 255 arguments");
        }
        let mut d = func.d;
        let loc = func.e.loc;
        let mut call = Call { func: *func.e, args: Vec::new(), keywords: Vec::new(), star: None, kwstar: None };
        let (mut seen_kw, mut seen_star) = (false, false);
        for (start, item, _) in items {
            match item {
                ArgItem::Gen(e) => {
                    d = d.max(e.d);
                    call.args.push(*e.e);
                }
                ArgItem::Pos(e) => {
                    if seen_kw {
                        self.error(start.line, "non-keyword arg after keyword arg");
                    } else if seen_star {
                        self.error(start.line, "only named arguments may follow *expression");
                    }
                    d = d.max(e.d);
                    call.args.push(*e.e);
                }
                ArgItem::Kw(k, v) => {
                    seen_kw = true;
                    d = d.max(v.d);
                    match k.e.kind {
                        ExprKind::Name(n) => {
                            self.forbidden(start.line, &n);
                            if call.keywords.iter().any(|(m, _)| *m == n) {
                                self.error(start.line, "keyword argument repeated");
                            }
                            call.keywords.push((n, *v.e));
                        }
                        ExprKind::Lambda { .. } => self.error(start.line, "lambda cannot contain assignment"),
                        _ => self.error(start.line, "keyword can't be an expression"),
                    }
                }
                ArgItem::Star(e) => {
                    seen_star = true;
                    d = d.max(e.d);
                    call.star = Some(*e.e);
                }
                ArgItem::KwStar(e) => {
                    d = d.max(e.d);
                    call.kwstar = Some(*e.e);
                }
            }
        }
        Ex::new(loc, ExprKind::Call(Box::new(call)), d + 1)
    }

    pub fn strings(&self, loc: Loc, parts: Vec<Box<StrLit>>) -> Ex {
        let mut bytes = Vec::new();
        let mut unicode = false;
        for p in parts {
            if let Some(e) = p.error {
                self.error(loc.line, e);
            }
            unicode |= p.unicode;
            bytes.extend(p.bytes);
        }
        Ex::leaf(loc, if unicode { ExprKind::Unicode(bytes) } else { ExprKind::Str(bytes) })
    }

    pub fn gens_for(&self, mut g: Gens, target: Ex, iter: Ex) -> Gens {
        let target = for_target(target);
        self.target(target.e.loc.line, &target.e, true);
        g.d = g.d.max(target.d).max(iter.d);
        g.v.push(Comprehension { target: *target.e, iter: *iter.e, ifs: Vec::new() });
        g
    }
}
