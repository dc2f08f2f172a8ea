//! The way back from `_ast` node objects to a tree the compiler takes:
//! stdlib/_ast.py checks the nodes (required fields, identifier and string
//! types, node categories, in 2.7's words) and flattens them to the tuples
//! `ast_tree.rs` describes; this file rebuilds minipy's own tree from them.
//! A shape it does not expect is a TypeError, never a panic.

use crate::object::{ExcKind, Object, PyErr, PyResult, Value};
use crate::syntax::ast::*;

type R<T> = PyResult<T>;

fn bad(what: &str) -> PyErr {
    PyErr::new(ExcKind::TypeError, format!("malformed AST: {}", what))
}

/// A node's class name, position and fields.
fn parts(v: &Value) -> R<(String, Loc, Vec<Value>)> {
    let Value::Tuple(t) = v else { return Err(bad("expected a node")) };
    if t.items.len() < 3 {
        return Err(bad("short node"));
    }
    let name = t.items[0].as_str().map(|s| s.to_string_lossy()).ok_or_else(|| bad("node name"))?;
    let num = |v: &Value| match v {
        Value::Int(i) => (*i).clamp(0, u32::MAX as i64) as u32,
        _ => 0,
    };
    let loc = Loc { line: num(&t.items[1]), col: num(&t.items[2]) };
    Ok((name, loc, t.items[3..].to_vec()))
}

fn field(f: &[Value], i: usize) -> &Value {
    f.get(i).unwrap_or(&Value::None)
}

fn list(v: &Value) -> R<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.snapshot()),
        Value::None => Ok(Vec::new()),
        _ => Err(bad("expected a list")),
    }
}

fn ident(v: &Value) -> R<String> {
    v.as_str().map(|s| s.to_string_lossy()).ok_or_else(|| bad("expected an identifier"))
}

fn opt_ident(v: &Value) -> R<Option<String>> {
    if v.is_none() {
        Ok(None)
    } else {
        ident(v).map(Some)
    }
}

fn name_of(v: &Value) -> R<String> {
    Ok(parts(v)?.0)
}

pub fn module(v: &Value, mode: &str) -> R<Module> {
    let (name, _, f) = parts(v)?;
    let want = match mode {
        "eval" => "Expression",
        "single" => "Interactive",
        _ => "Module",
    };
    if name != want {
        return Err(PyErr::new(ExcKind::TypeError, format!("expected {} node, got {}", want, name)));
    }
    if mode == "eval" {
        let e = expr(field(&f, 0))?;
        return Ok(Module { body: vec![Stmt { loc: e.loc, kind: StmtKind::Expr(e) }] });
    }
    Ok(Module { body: stmts(field(&f, 0))? })
}

fn stmts(v: &Value) -> R<Vec<Stmt>> {
    list(v)?.iter().map(stmt).collect()
}

fn exprs(v: &Value) -> R<Vec<Expr>> {
    list(v)?.iter().map(expr).collect()
}

fn opt(v: &Value) -> R<Option<Expr>> {
    if v.is_none() {
        Ok(None)
    } else {
        expr(v).map(Some)
    }
}

fn aliases(v: &Value) -> R<Vec<Alias>> {
    list(v)?
        .iter()
        .map(|a| {
            let (_, _, f) = parts(a)?;
            Ok(Alias { name: ident(field(&f, 0))?, asname: opt_ident(field(&f, 1))? })
        })
        .collect()
}

fn arguments(v: &Value) -> R<Arguments> {
    let (_, _, f) = parts(v)?;
    Ok(Arguments {
        args: exprs(field(&f, 0))?,
        vararg: opt_ident(field(&f, 1))?,
        kwarg: opt_ident(field(&f, 2))?,
        defaults: exprs(field(&f, 3))?,
    })
}

fn handlers(v: &Value) -> R<Vec<ExceptHandler>> {
    list(v)?
        .iter()
        .map(|h| {
            let (_, loc, f) = parts(h)?;
            Ok(ExceptHandler { loc, typ: opt(field(&f, 0))?, name: opt(field(&f, 1))?, body: stmts(field(&f, 2))? })
        })
        .collect()
}

fn stmt(v: &Value) -> R<Stmt> {
    let (name, loc, f) = parts(v)?;
    let x = |i: usize| field(&f, i);
    let kind = match name.as_str() {
        "Expr" => StmtKind::Expr(expr(x(0))?),
        "Exec" => {
            let mut args = vec![expr(x(0))?];
            args.extend(opt(x(1))?);
            args.extend(opt(x(2))?);
            let func = Expr { loc, kind: ExprKind::Name("exec".into()) };
            let call = Call { func, args, keywords: Vec::new(), star: None, kwstar: None };
            StmtKind::Expr(Expr { loc, kind: ExprKind::Call(Box::new(call)) })
        }
        "Assign" => StmtKind::Assign { targets: exprs(x(0))?, value: expr(x(1))? },
        "AugAssign" => StmtKind::AugAssign { target: expr(x(0))?, op: binop(&name_of(x(1))?)?, value: expr(x(2))? },
        "Print" => StmtKind::Print { dest: opt(x(0))?, values: exprs(x(1))?, newline: truthy(x(2)) },
        "If" => StmtKind::If { test: expr(x(0))?, body: stmts(x(1))?, orelse: stmts(x(2))? },
        "While" => StmtKind::While { test: expr(x(0))?, body: stmts(x(1))?, orelse: stmts(x(2))? },
        "For" => StmtKind::For { target: expr(x(0))?, iter: expr(x(1))?, body: stmts(x(2))?, orelse: stmts(x(3))? },
        "Break" => StmtKind::Break,
        "Continue" => StmtKind::Continue,
        "Pass" => StmtKind::Pass,
        "FunctionDef" => StmtKind::FunctionDef(Box::new(FunctionDef {
            name: ident(x(0))?,
            args: arguments(x(1))?,
            body: stmts(x(2))?,
            decorators: exprs(x(3))?,
        })),
        "ClassDef" => StmtKind::ClassDef(Box::new(ClassDef {
            name: ident(x(0))?,
            bases: exprs(x(1))?,
            body: stmts(x(2))?,
            decorators: exprs(x(3))?,
        })),
        "Return" => StmtKind::Return(opt(x(0))?),
        "Global" => StmtKind::Global(list(x(0))?.iter().map(ident).collect::<R<_>>()?),
        "Delete" => StmtKind::Delete(exprs(x(0))?),
        "TryExcept" => {
            StmtKind::Try { body: stmts(x(0))?, handlers: handlers(x(1))?, orelse: stmts(x(2))?, finalbody: Vec::new() }
        }
        "TryFinally" => {
            let body = stmts(x(0))?;
            let finalbody = stmts(x(1))?;
            match <[Stmt; 1]>::try_from(body) {
                // try/except/finally comes back as one statement.
                Ok([Stmt { kind: StmtKind::Try { body, handlers, orelse, finalbody: f }, .. }])
                    if f.is_empty() && !handlers.is_empty() =>
                {
                    StmtKind::Try { body, handlers, orelse, finalbody }
                }
                Ok(one) => StmtKind::Try { body: one.into(), handlers: Vec::new(), orelse: Vec::new(), finalbody },
                Err(body) => StmtKind::Try { body, handlers: Vec::new(), orelse: Vec::new(), finalbody },
            }
        }
        "Raise" => StmtKind::Raise { exc: opt(x(0))?, value: opt(x(1))?, traceback: opt(x(2))? },
        "Assert" => StmtKind::Assert { test: expr(x(0))?, msg: opt(x(1))? },
        "Import" => StmtKind::Import(aliases(x(0))?),
        "ImportFrom" => {
            let names = aliases(x(1))?;
            let star = names.len() == 1 && names[0].name == "*";
            StmtKind::ImportFrom {
                module: opt_ident(x(0))?.unwrap_or_default(),
                names: if star { Vec::new() } else { names },
                star,
                level: match x(2) {
                    Value::Int(i) => (*i).clamp(0, u32::MAX as i64) as u32,
                    _ => 0,
                },
            }
        }
        "With" => {
            StmtKind::With { items: vec![WithItem { context: expr(x(0))?, target: opt(x(1))? }], body: stmts(x(2))? }
        }
        other => return Err(PyErr::new(ExcKind::TypeError, format!("expected some sort of stmt, but got {}", other))),
    };
    Ok(Stmt { loc, kind })
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::Bool(b) => b.get(),
        Value::Int(i) => *i != 0,
        Value::None => false,
        _ => true,
    }
}

fn binop(name: &str) -> R<BinOp> {
    Ok(match name {
        "Add" => BinOp::Add,
        "Sub" => BinOp::Sub,
        "Mult" => BinOp::Mul,
        "Div" => BinOp::Div,
        "FloorDiv" => BinOp::FloorDiv,
        "Mod" => BinOp::Mod,
        "Pow" => BinOp::Pow,
        "LShift" => BinOp::LShift,
        "RShift" => BinOp::RShift,
        "BitOr" => BinOp::BitOr,
        "BitXor" => BinOp::BitXor,
        "BitAnd" => BinOp::BitAnd,
        other => {
            return Err(PyErr::new(ExcKind::TypeError, format!("expected some sort of operator, but got {}", other)))
        }
    })
}

fn cmpop(name: &str) -> R<CmpOp> {
    Ok(match name {
        "Eq" => CmpOp::Eq,
        "NotEq" => CmpOp::NotEq,
        "Lt" => CmpOp::Lt,
        "LtE" => CmpOp::LtE,
        "Gt" => CmpOp::Gt,
        "GtE" => CmpOp::GtE,
        "Is" => CmpOp::Is,
        "IsNot" => CmpOp::IsNot,
        "In" => CmpOp::In,
        "NotIn" => CmpOp::NotIn,
        other => return Err(PyErr::new(ExcKind::TypeError, format!("expected some sort of cmpop, but got {}", other))),
    })
}

fn gens(v: &Value) -> R<Vec<Comprehension>> {
    list(v)?
        .iter()
        .map(|g| {
            let (_, _, f) = parts(g)?;
            Ok(Comprehension { target: expr(field(&f, 0))?, iter: expr(field(&f, 1))?, ifs: exprs(field(&f, 2))? })
        })
        .collect()
}

/// A slice node back to a subscript index, placed at the subscript.
fn slice(v: &Value, loc: Loc) -> R<Expr> {
    let (name, _, f) = parts(v)?;
    let bx = |v: &Value| -> R<Option<Box<Expr>>> { Ok(opt(v)?.map(Box::new)) };
    let kind = match name.as_str() {
        "Index" => return expr(field(&f, 0)),
        "Ellipsis" => ExprKind::Ellipsis,
        "Slice" => ExprKind::Slice { lower: bx(field(&f, 0))?, upper: bx(field(&f, 1))?, step: bx(field(&f, 2))? },
        "ExtSlice" => ExprKind::Tuple(list(field(&f, 0))?.iter().map(|d| slice(d, loc)).collect::<R<_>>()?),
        other => return Err(PyErr::new(ExcKind::TypeError, format!("expected some sort of slice, but got {}", other))),
    };
    Ok(Expr { loc, kind })
}

fn expr(v: &Value) -> R<Expr> {
    let (name, loc, f) = parts(v)?;
    let x = |i: usize| field(&f, i);
    let bx = |v: &Value| -> R<Box<Expr>> { Ok(Box::new(expr(v)?)) };
    let kind = match name.as_str() {
        "Name" => ExprKind::Name(ident(x(0))?),
        "Num" => match x(0) {
            Value::Int(i) => ExprKind::Int(*i),
            Value::Bool(b) => ExprKind::Int(b.get() as i64),
            Value::Long(b) => ExprKind::Long((**b).clone()),
            Value::Float(fl) => ExprKind::Float(fl.get()),
            Value::Other(o) => match &**o {
                Object::Complex(c) if c.re == 0.0 => ExprKind::Imag(c.im),
                Object::Complex(c) => {
                    // A complex with a real part: the sum of its two literals.
                    let re = Expr { loc, kind: ExprKind::Float(c.re) };
                    let im = Expr { loc, kind: ExprKind::Imag(c.im) };
                    ExprKind::BinOp { left: Box::new(re), op: BinOp::Add, right: Box::new(im) }
                }
                _ => return Err(PyErr::new(ExcKind::TypeError, "non-numeric type in Num")),
            },
            _ => return Err(PyErr::new(ExcKind::TypeError, "non-numeric type in Num")),
        },
        "Str" => {
            let s = x(0);
            if let Some(u) = crate::object::unicode::as_unicode(s) {
                ExprKind::Unicode(u.as_bytes().to_vec())
            } else if let Some(b) = s.as_str() {
                ExprKind::Str(b.as_bytes().to_vec())
            } else {
                return Err(PyErr::new(ExcKind::TypeError, "string must be of type str or unicode"));
            }
        }
        "Tuple" => ExprKind::Tuple(exprs(x(0))?),
        "List" => ExprKind::List(exprs(x(0))?),
        "Dict" => {
            let (k, v) = (exprs(x(0))?, exprs(x(1))?);
            if k.len() != v.len() {
                return Err(bad("Dict doesn't have the same number of keys as values"));
            }
            ExprKind::Dict(k.into_iter().zip(v).collect())
        }
        "Set" => ExprKind::Set(exprs(x(0))?),
        "Attribute" => ExprKind::Attribute { value: bx(x(0))?, attr: ident(x(1))? },
        "Subscript" => ExprKind::Subscript { value: bx(x(0))?, index: Box::new(slice(x(1), loc)?) },
        "Call" => {
            let keywords = list(x(2))?
                .iter()
                .map(|k| {
                    let (_, _, kf) = parts(k)?;
                    Ok((ident(field(&kf, 0))?, expr(field(&kf, 1))?))
                })
                .collect::<R<_>>()?;
            ExprKind::Call(Box::new(Call {
                func: expr(x(0))?,
                args: exprs(x(1))?,
                keywords,
                star: opt(x(3))?,
                kwstar: opt(x(4))?,
            }))
        }
        "BinOp" => ExprKind::BinOp { left: bx(x(0))?, op: binop(&name_of(x(1))?)?, right: bx(x(2))? },
        "UnaryOp" => {
            let op = match name_of(x(0))?.as_str() {
                "Not" => UnaryOp::Not,
                "USub" => UnaryOp::Neg,
                "UAdd" => UnaryOp::Pos,
                "Invert" => UnaryOp::Invert,
                other => {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!("expected some sort of unaryop, but got {}", other),
                    ))
                }
            };
            ExprKind::UnaryOp { op, operand: bx(x(1))? }
        }
        "BoolOp" => {
            let op = if name_of(x(0))? == "And" { BoolOp::And } else { BoolOp::Or };
            ExprKind::BoolOp { op, values: exprs(x(1))? }
        }
        "Compare" => {
            let ops = list(x(1))?.iter().map(|o| cmpop(&name_of(o)?)).collect::<R<Vec<_>>>()?;
            let comparators = exprs(x(2))?;
            if ops.len() != comparators.len() {
                return Err(bad("Compare has a different number of comparators and operands"));
            }
            ExprKind::Compare { left: bx(x(0))?, ops, comparators }
        }
        "IfExp" => ExprKind::IfExp { test: bx(x(0))?, body: bx(x(1))?, orelse: bx(x(2))? },
        "Lambda" => ExprKind::Lambda { args: Box::new(arguments(x(0))?), body: bx(x(1))? },
        "ListComp" => ExprKind::ListComp { elt: bx(x(0))?, generators: gens(x(1))? },
        "SetComp" => ExprKind::SetComp { elt: bx(x(0))?, generators: gens(x(1))? },
        "GeneratorExp" => ExprKind::GeneratorExp { elt: bx(x(0))?, generators: gens(x(1))? },
        "DictComp" => ExprKind::DictComp { key: bx(x(0))?, value: bx(x(1))?, generators: gens(x(2))? },
        "Yield" => ExprKind::Yield(opt(x(0))?.map(Box::new)),
        "Repr" => ExprKind::Repr(bx(x(0))?),
        other => return Err(PyErr::new(ExcKind::TypeError, format!("expected some sort of expr, but got {}", other))),
    };
    Ok(Expr { loc, kind })
}
