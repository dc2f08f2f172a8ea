//! minipy's parse tree as the nested tuples `_ast` (stdlib/_ast.py) turns
//! into 2.7's node objects: each node is `(class name, lineno, col_offset,
//! field values in _fields order)`, lists stay lists, leaves are plain
//! values. Where minipy's tree is shaped differently from 2.7's (one `Try`
//! for TryExcept/TryFinally, multi-item `with`, `exec` as a call, bare
//! subscript indexes) the 2.7 shape is rebuilt here. The way back, from
//! tuples to a tree the compiler takes, is in `ast_build.rs`.

use crate::object::Value;
use crate::syntax::ast::*;

/// The expression context 2.7 records on names, attributes, subscripts,
/// lists and tuples.
#[derive(Clone, Copy)]
enum Ctx {
    Load,
    Store,
    Del,
    Param,
}

fn node(name: &str, loc: Loc, fields: Vec<Value>) -> Value {
    let mut items = vec![Value::str(name), Value::Int(loc.line as i64), Value::Int(loc.col as i64)];
    items.extend(fields);
    Value::tuple(items)
}

/// A node without position attributes (operators, contexts, slices, ...).
fn bare(name: &str, fields: Vec<Value>) -> Value {
    let mut items = vec![Value::str(name), Value::None, Value::None];
    items.extend(fields);
    Value::tuple(items)
}

fn s(x: &str) -> Value {
    Value::str(x)
}

fn opt_s(x: &Option<String>) -> Value {
    x.as_deref().map(s).unwrap_or(Value::None)
}

pub fn module(m: &Module, kind: &str) -> Value {
    match kind {
        "Expression" => match m.body.first() {
            Some(Stmt { kind: StmtKind::Expr(e), .. }) => bare("Expression", vec![expr(e, Ctx::Load)]),
            _ => bare("Expression", vec![Value::None]),
        },
        _ => bare(kind, vec![stmts(&m.body)]),
    }
}

fn stmts(v: &[Stmt]) -> Value {
    Value::list(v.iter().map(stmt).collect())
}

fn exprs(v: &[Expr], ctx: Ctx) -> Value {
    Value::list(v.iter().map(|e| expr(e, ctx)).collect())
}

fn opt(e: &Option<Expr>) -> Value {
    e.as_ref().map(|e| expr(e, Ctx::Load)).unwrap_or(Value::None)
}

fn stmt(st: &Stmt) -> Value {
    let l = st.loc;
    match &st.kind {
        StmtKind::Expr(e) => {
            if let ExprKind::Call(c) = &e.kind {
                if matches!(&c.func.kind, ExprKind::Name(n) if n == "exec") {
                    let arg = |i: usize| c.args.get(i).map(|e| expr(e, Ctx::Load)).unwrap_or(Value::None);
                    return node("Exec", l, vec![arg(0), arg(1), arg(2)]);
                }
            }
            node("Expr", l, vec![expr(e, Ctx::Load)])
        }
        StmtKind::Assign { targets, value } => {
            node("Assign", l, vec![exprs(targets, Ctx::Store), expr(value, Ctx::Load)])
        }
        StmtKind::AugAssign { target, op, value } => {
            node("AugAssign", l, vec![expr(target, Ctx::Store), binop(*op), expr(value, Ctx::Load)])
        }
        StmtKind::Print { dest, values, newline } => {
            node("Print", l, vec![opt(dest), exprs(values, Ctx::Load), Value::bool(*newline)])
        }
        StmtKind::If { test, body, orelse } => node("If", l, vec![expr(test, Ctx::Load), stmts(body), stmts(orelse)]),
        StmtKind::While { test, body, orelse } => {
            node("While", l, vec![expr(test, Ctx::Load), stmts(body), stmts(orelse)])
        }
        StmtKind::For { target, iter, body, orelse } => {
            node("For", l, vec![expr(target, Ctx::Store), expr(iter, Ctx::Load), stmts(body), stmts(orelse)])
        }
        StmtKind::Break => node("Break", l, vec![]),
        StmtKind::Continue => node("Continue", l, vec![]),
        StmtKind::Pass => node("Pass", l, vec![]),
        StmtKind::FunctionDef(f) => node(
            "FunctionDef",
            l,
            vec![s(&f.name), arguments(&f.args), stmts(&f.body), exprs(&f.decorators, Ctx::Load)],
        ),
        StmtKind::ClassDef(c) => node(
            "ClassDef",
            l,
            vec![s(&c.name), exprs(&c.bases, Ctx::Load), stmts(&c.body), exprs(&c.decorators, Ctx::Load)],
        ),
        StmtKind::Return(e) => node("Return", l, vec![opt(e)]),
        StmtKind::Global(names) => node("Global", l, vec![Value::list(names.iter().map(|n| s(n)).collect())]),
        StmtKind::Delete(targets) => node("Delete", l, vec![exprs(targets, Ctx::Del)]),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            // 2.7 has two statements; try/except/finally nests the first in the second.
            let handlers_v = Value::list(
                handlers
                    .iter()
                    .map(|h| {
                        let name = h.name.as_ref().map(|n| expr(n, Ctx::Store)).unwrap_or(Value::None);
                        node("ExceptHandler", h.loc, vec![opt(&h.typ), name, stmts(&h.body)])
                    })
                    .collect(),
            );
            let inner = if handlers.is_empty() {
                stmts(body)
            } else {
                let te = node("TryExcept", l, vec![stmts(body), handlers_v, stmts(orelse)]);
                if finalbody.is_empty() {
                    return te;
                }
                Value::list(vec![te])
            };
            node("TryFinally", l, vec![inner, stmts(finalbody)])
        }
        StmtKind::Raise { exc, value, traceback } => node("Raise", l, vec![opt(exc), opt(value), opt(traceback)]),
        StmtKind::Assert { test, msg } => node("Assert", l, vec![expr(test, Ctx::Load), opt(msg)]),
        StmtKind::Import(names) => node("Import", l, vec![aliases(names)]),
        StmtKind::ImportFrom { module, names, star, level } => {
            let names =
                if *star { Value::list(vec![bare("alias", vec![s("*"), Value::None])]) } else { aliases(names) };
            let m = if module.is_empty() { Value::None } else { s(module) };
            node("ImportFrom", l, vec![m, names, Value::Int(*level as i64)])
        }
        StmtKind::With { items, body } => {
            // `with a, b:` is `with a:` holding `with b:`, all at the statement's place.
            let mut inner = stmts(body);
            for (i, it) in items.iter().enumerate().rev() {
                let target = it.target.as_ref().map(|t| expr(t, Ctx::Store)).unwrap_or(Value::None);
                let at = if i == 0 { l } else { it.context.loc };
                let w = node("With", at, vec![expr(&it.context, Ctx::Load), target, inner]);
                if i == 0 {
                    return w;
                }
                inner = Value::list(vec![w]);
            }
            inner
        }
    }
}

fn aliases(v: &[Alias]) -> Value {
    Value::list(v.iter().map(|a| bare("alias", vec![s(&a.name), opt_s(&a.asname)])).collect())
}

fn arguments(a: &Arguments) -> Value {
    bare(
        "arguments",
        vec![exprs(&a.args, Ctx::Param), opt_s(&a.vararg), opt_s(&a.kwarg), exprs(&a.defaults, Ctx::Load)],
    )
}

fn ctx(c: Ctx) -> Value {
    bare(
        match c {
            Ctx::Load => "Load",
            Ctx::Store => "Store",
            Ctx::Del => "Del",
            Ctx::Param => "Param",
        },
        vec![],
    )
}

fn binop(op: BinOp) -> Value {
    let name = match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mul => "Mult",
        BinOp::Div => "Div",
        BinOp::FloorDiv => "FloorDiv",
        BinOp::Mod => "Mod",
        BinOp::Pow => "Pow",
        BinOp::LShift => "LShift",
        BinOp::RShift => "RShift",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
    };
    bare(name, vec![])
}

fn cmpop(op: CmpOp) -> Value {
    let name = match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    };
    bare(name, vec![])
}

fn gens(v: &[Comprehension]) -> Value {
    Value::list(
        v.iter()
            .map(|g| {
                bare(
                    "comprehension",
                    vec![expr(&g.target, Ctx::Store), expr(&g.iter, Ctx::Load), exprs(&g.ifs, Ctx::Load)],
                )
            })
            .collect(),
    )
}

/// A subscript's index as 2.7's slice node.
fn slice(e: &Expr) -> Value {
    match &e.kind {
        ExprKind::Slice { lower, upper, step } => {
            let o = |x: &Option<Box<Expr>>| x.as_ref().map(|e| expr(e, Ctx::Load)).unwrap_or(Value::None);
            bare("Slice", vec![o(lower), o(upper), o(step)])
        }
        ExprKind::Ellipsis => bare("Ellipsis", vec![]),
        ExprKind::Tuple(items)
            if items.iter().any(|i| matches!(i.kind, ExprKind::Slice { .. } | ExprKind::Ellipsis)) =>
        {
            bare("ExtSlice", vec![Value::list(items.iter().map(slice).collect())])
        }
        _ => bare("Index", vec![expr(e, Ctx::Load)]),
    }
}

fn expr(e: &Expr, c: Ctx) -> Value {
    let l = e.loc;
    let load = |x: &Expr| expr(x, Ctx::Load);
    match &e.kind {
        ExprKind::Name(n) => node("Name", l, vec![s(n), ctx(c)]),
        ExprKind::Int(i) => node("Num", l, vec![Value::Int(*i)]),
        ExprKind::Long(b) => node("Num", l, vec![Value::long(b.clone())]),
        ExprKind::Float(f) => node("Num", l, vec![Value::float(*f)]),
        ExprKind::Imag(f) => node("Num", l, vec![Value::complex(0.0, *f)]),
        ExprKind::Str(b) => node("Str", l, vec![Value::bytes(b.clone())]),
        ExprKind::Unicode(b) => node("Str", l, vec![crate::object::unicode::from_utf8(b.clone())]),
        ExprKind::Tuple(items) => {
            // In a parameter list a nested tuple stores its names.
            let inner = if matches!(c, Ctx::Param) { Ctx::Store } else { c };
            let c = if matches!(c, Ctx::Param) { Ctx::Store } else { c };
            node("Tuple", l, vec![exprs(items, inner), ctx(c)])
        }
        ExprKind::List(items) => node("List", l, vec![exprs(items, c), ctx(c)]),
        ExprKind::Dict(pairs) => node(
            "Dict",
            l,
            vec![
                Value::list(pairs.iter().map(|(k, _)| load(k)).collect()),
                Value::list(pairs.iter().map(|(_, v)| load(v)).collect()),
            ],
        ),
        ExprKind::Set(items) => node("Set", l, vec![exprs(items, Ctx::Load)]),
        ExprKind::Attribute { value, attr } => node("Attribute", l, vec![load(value), s(attr), ctx(c)]),
        ExprKind::Subscript { value, index } => node("Subscript", l, vec![load(value), slice(index), ctx(c)]),
        // Only met outside a subscript when a tree was built by hand.
        ExprKind::Slice { .. } | ExprKind::Ellipsis => slice(e),
        ExprKind::Call(call) => node(
            "Call",
            l,
            vec![
                load(&call.func),
                exprs(&call.args, Ctx::Load),
                Value::list(call.keywords.iter().map(|(k, v)| bare("keyword", vec![s(k), load(v)])).collect()),
                opt(&call.star),
                opt(&call.kwstar),
            ],
        ),
        ExprKind::BinOp { left, op, right } => node("BinOp", l, vec![load(left), binop(*op), load(right)]),
        ExprKind::UnaryOp { op, operand } => {
            let name = match op {
                UnaryOp::Not => "Not",
                UnaryOp::Neg => "USub",
                UnaryOp::Pos => "UAdd",
                UnaryOp::Invert => "Invert",
            };
            node("UnaryOp", l, vec![bare(name, vec![]), load(operand)])
        }
        ExprKind::BoolOp { op, values } => {
            let name = if *op == BoolOp::And { "And" } else { "Or" };
            node("BoolOp", l, vec![bare(name, vec![]), exprs(values, Ctx::Load)])
        }
        ExprKind::Compare { left, ops, comparators } => node(
            "Compare",
            l,
            vec![load(left), Value::list(ops.iter().map(|o| cmpop(*o)).collect()), exprs(comparators, Ctx::Load)],
        ),
        ExprKind::IfExp { test, body, orelse } => node("IfExp", l, vec![load(test), load(body), load(orelse)]),
        ExprKind::Lambda { args, body } => node("Lambda", l, vec![arguments(args), load(body)]),
        ExprKind::ListComp { elt, generators } => node("ListComp", l, vec![load(elt), gens(generators)]),
        ExprKind::SetComp { elt, generators } => node("SetComp", l, vec![load(elt), gens(generators)]),
        ExprKind::GeneratorExp { elt, generators } => node("GeneratorExp", l, vec![load(elt), gens(generators)]),
        ExprKind::DictComp { key, value, generators } => {
            node("DictComp", l, vec![load(key), load(value), gens(generators)])
        }
        ExprKind::Yield(v) => node("Yield", l, vec![v.as_ref().map(|e| load(e)).unwrap_or(Value::None)]),
        ExprKind::Repr(v) => node("Repr", l, vec![load(v)]),
    }
}
