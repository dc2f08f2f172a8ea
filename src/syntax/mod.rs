//! The front end: lexer, parser and the AST they produce.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod py3k;
pub mod source;

pub use lexer::{future_flags, FutureFlags};
pub use parser::{
    parse_expression, parse_expression_recode, parse_interactive, parse_interactive_recode, parse_interactive_with,
    parse_module, parse_module_recode, parse_module_with, Recoder, MAX_EXPR_DEPTH, MAX_STMT_DEPTH, NO_CARET,
};

/// A compact s-expression dump of an AST, for tests (the same format as the
/// CPython-side dumper used to compare with CPython's `ast` module).
#[cfg(test)]
pub(crate) mod dump {
    use super::ast::*;
    use std::fmt::Write;

    pub fn module(m: &Module) -> String {
        let mut out = String::new();
        for s in &m.body {
            stmt(&mut out, s);
            out.push('\n');
        }
        out
    }

    pub fn expr_string(e: &Expr) -> String {
        let mut out = String::new();
        expr(&mut out, e);
        out
    }

    fn at(o: &mut String, name: &str, l: Loc) {
        let _ = write!(o, "({name}@{}:{}", l.line, l.col);
    }

    fn list<T>(o: &mut String, v: &[T], f: impl Fn(&mut String, &T)) {
        o.push_str(" [");
        for (i, x) in v.iter().enumerate() {
            if i > 0 {
                o.push(' ');
            }
            f(o, x);
        }
        o.push(']');
    }

    fn stmts(o: &mut String, v: &[Stmt]) {
        list(o, v, stmt);
    }

    fn opt(o: &mut String, e: &Option<Expr>) {
        o.push(' ');
        match e {
            Some(e) => expr(o, e),
            None => o.push('_'),
        }
    }

    fn sp(o: &mut String, e: &Expr) {
        o.push(' ');
        expr(o, e);
    }

    fn name(o: &mut String, n: &Option<String>) {
        o.push(' ');
        o.push_str(n.as_deref().unwrap_or("_"));
    }

    fn args(o: &mut String, a: &Arguments) {
        o.push_str(" (args");
        list(o, &a.args, expr);
        list(o, &a.defaults, expr);
        name(o, &a.vararg);
        name(o, &a.kwarg);
        o.push(')');
    }

    fn alias(o: &mut String, a: &Alias) {
        let _ = write!(o, "(alias {}", a.name);
        name(o, &a.asname);
        o.push(')');
    }

    pub fn stmt(o: &mut String, s: &Stmt) {
        use StmtKind::*;
        let l = s.loc;
        match &s.kind {
            Expr(e) => {
                at(o, "Expr", l);
                sp(o, e);
            }
            Assign { targets, value } => {
                at(o, "Assign", l);
                list(o, targets, expr);
                sp(o, value);
            }
            AugAssign { target, op, value } => {
                at(o, "AugAssign", l);
                sp(o, target);
                let _ = write!(o, " {op:?}");
                sp(o, value);
            }
            Print { dest, values, newline } => {
                at(o, "Print", l);
                opt(o, dest);
                list(o, values, expr);
                let _ = write!(o, " {}", u8::from(*newline));
            }
            If { test, body, orelse } | While { test, body, orelse } => {
                at(o, if matches!(s.kind, If { .. }) { "If" } else { "While" }, l);
                sp(o, test);
                stmts(o, body);
                stmts(o, orelse);
            }
            For { target, iter, body, orelse } => {
                at(o, "For", l);
                sp(o, target);
                sp(o, iter);
                stmts(o, body);
                stmts(o, orelse);
            }
            Break => at(o, "Break", l),
            Continue => at(o, "Continue", l),
            Pass => at(o, "Pass", l),
            FunctionDef(f) => {
                at(o, "FunctionDef", l);
                let _ = write!(o, " {}", f.name);
                args(o, &f.args);
                stmts(o, &f.body);
                list(o, &f.decorators, expr);
            }
            ClassDef(c) => {
                at(o, "ClassDef", l);
                let _ = write!(o, " {}", c.name);
                list(o, &c.bases, expr);
                stmts(o, &c.body);
                list(o, &c.decorators, expr);
            }
            Return(v) => {
                at(o, "Return", l);
                opt(o, v);
            }
            Global(names) => {
                at(o, "Global", l);
                list(o, names, |o, n| o.push_str(n));
            }
            Delete(v) => {
                at(o, "Delete", l);
                list(o, v, expr);
            }
            Try { body, handlers, orelse, finalbody } => {
                at(o, "Try", l);
                stmts(o, body);
                list(o, handlers, |o, h| {
                    at(o, "Handler", h.loc);
                    opt(o, &h.typ);
                    opt(o, &h.name);
                    stmts(o, &h.body);
                    o.push(')');
                });
                stmts(o, orelse);
                stmts(o, finalbody);
            }
            Raise { exc, value, traceback } => {
                at(o, "Raise", l);
                opt(o, exc);
                opt(o, value);
                opt(o, traceback);
            }
            Assert { test, msg } => {
                at(o, "Assert", l);
                sp(o, test);
                opt(o, msg);
            }
            Import(names) => {
                at(o, "Import", l);
                list(o, names, alias);
            }
            ImportFrom { module, names, star, level } => {
                at(o, "ImportFrom", l);
                let _ = write!(o, " {}", if module.is_empty() { "_" } else { module });
                list(o, names, alias);
                let _ = write!(o, " {} {level}", u8::from(*star));
            }
            With { items, body } => {
                at(o, "With", l);
                list(o, items, |o, i| {
                    o.push_str("(item");
                    sp(o, &i.context);
                    opt(o, &i.target);
                    o.push(')');
                });
                stmts(o, body);
            }
        }
        o.push(')');
    }

    fn comps(o: &mut String, gens: &[Comprehension]) {
        list(o, gens, |o, c| {
            o.push_str("(comp");
            sp(o, &c.target);
            sp(o, &c.iter);
            list(o, &c.ifs, expr);
            o.push(')');
        });
    }

    pub fn expr(o: &mut String, e: &Expr) {
        use ExprKind::*;
        let l = e.loc;
        match &e.kind {
            Name(n) => {
                at(o, "Name", l);
                let _ = write!(o, " {n}");
            }
            Int(v) => {
                at(o, "Int", l);
                let _ = write!(o, " {v}");
            }
            Long(v) => {
                at(o, "Long", l);
                let _ = write!(o, " {v}");
            }
            Float(v) => {
                at(o, "Float", l);
                let _ = write!(o, " {:016x}", v.to_bits());
            }
            Imag(v) => {
                at(o, "Imag", l);
                let _ = write!(o, " {:016x}", v.to_bits());
            }
            Str(b) | Unicode(b) => {
                at(o, if matches!(e.kind, Unicode(_)) { "Unicode" } else { "Str" }, l);
                o.push_str(" '");
                for &c in b {
                    if (0x20..0x7f).contains(&c) && c != b'\'' && c != b'\\' {
                        o.push(c as char);
                    } else {
                        let _ = write!(o, "\\x{c:02x}");
                    }
                }
                o.push('\'');
            }
            Tuple(v) | List(v) | Set(v) => {
                let n = match &e.kind {
                    Tuple(_) => "Tuple",
                    List(_) => "List",
                    _ => "Set",
                };
                at(o, n, l);
                list(o, v, expr);
            }
            Dict(v) => {
                at(o, "Dict", l);
                list(o, v, |o, (k, v)| {
                    o.push_str("(kv");
                    sp(o, k);
                    sp(o, v);
                    o.push(')');
                });
            }
            Attribute { value, attr } => {
                at(o, "Attribute", l);
                sp(o, value);
                let _ = write!(o, " {attr}");
            }
            Subscript { value, index } => {
                at(o, "Subscript", l);
                sp(o, value);
                sp(o, index);
            }
            Slice { lower, upper, step } => {
                o.push_str("(Slice");
                for x in [lower, upper, step] {
                    o.push(' ');
                    match x {
                        Some(x) => expr(o, x),
                        None => o.push('_'),
                    }
                }
            }
            Ellipsis => o.push_str("(Ellipsis"),
            Call(c) => {
                at(o, "Call", l);
                sp(o, &c.func);
                list(o, &c.args, expr);
                list(o, &c.keywords, |o, (k, v)| {
                    let _ = write!(o, "(kw {k}");
                    sp(o, v);
                    o.push(')');
                });
                opt(o, &c.star);
                opt(o, &c.kwstar);
            }
            BinOp { left, op, right } => {
                at(o, "BinOp", l);
                sp(o, left);
                let _ = write!(o, " {op:?}");
                sp(o, right);
            }
            UnaryOp { op, operand } => {
                at(o, "UnaryOp", l);
                let _ = write!(o, " {op:?}");
                sp(o, operand);
            }
            BoolOp { op, values } => {
                at(o, "BoolOp", l);
                let _ = write!(o, " {op:?}");
                list(o, values, expr);
            }
            Compare { left, ops, comparators } => {
                at(o, "Compare", l);
                sp(o, left);
                list(o, ops, |o, op| {
                    let _ = write!(o, "{op:?}");
                });
                list(o, comparators, expr);
            }
            IfExp { test, body, orelse } => {
                at(o, "IfExp", l);
                sp(o, test);
                sp(o, body);
                sp(o, orelse);
            }
            Lambda { args: a, body } => {
                at(o, "Lambda", l);
                args(o, a);
                sp(o, body);
            }
            ListComp { elt, generators } | SetComp { elt, generators } | GeneratorExp { elt, generators } => {
                let n = match &e.kind {
                    ListComp { .. } => "ListComp",
                    SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                };
                at(o, n, l);
                sp(o, elt);
                comps(o, generators);
            }
            DictComp { key, value, generators } => {
                at(o, "DictComp", l);
                sp(o, key);
                sp(o, value);
                comps(o, generators);
            }
            Yield(v) => {
                at(o, "Yield", l);
                o.push(' ');
                match v {
                    Some(v) => expr(o, v),
                    None => o.push('_'),
                }
            }
            Repr(v) => {
                at(o, "Repr", l);
                sp(o, v);
            }
        }
        o.push(')');
    }
}

#[cfg(test)]
mod tests {
    use super::dump;
    use super::parser::*;

    fn p(src: &str) -> String {
        match parse_module(src) {
            Ok(m) => dump::module(&m),
            Err(e) => format!("ERROR {} {:?} {}:{}", e.kind.name(), e.msg, e.line, e.col),
        }
    }

    /// Every top-level module of CPython 2.7's library parses, except those
    /// using `\N{...}` escapes (not supported) or not
    /// encoded in UTF-8. Run with `cargo test -- --ignored stdlib`
    /// (`STDLIB_DIR` overrides the directory).
    #[test]
    #[ignore]
    fn stdlib_parses() {
        let dir =
            std::env::var("STDLIB_DIR").unwrap_or_else(|_| "/root/.pyenv/versions/2.7.18/lib/python2.7".to_owned());
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return;
        };
        let (mut ok, mut failures) = (0, Vec::new());
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "py") {
                continue;
            }
            let Ok(src) = String::from_utf8(std::fs::read(&path).unwrap_or_default()) else {
                continue;
            };
            match parse_module(&src) {
                Ok(_) => ok += 1,
                Err(e) if e.msg.contains("Unicode character name") => {}
                Err(e) => failures.push(format!("{}: {:?}", path.display(), e)),
            }
        }
        println!("{ok} modules parsed");
        assert!(failures.is_empty(), "{failures:#?}");
        assert!(ok > 150);
    }

    fn err(src: &str) -> (String, String, u32, u32) {
        match parse_module(src) {
            Ok(_) => ("OK".into(), String::new(), 0, 0),
            Err(e) => (e.kind.name().into(), e.msg, e.line, e.col),
        }
    }

    fn expr(src: &str) -> String {
        match parse_expression(src) {
            Ok(e) => dump::expr_string(&e),
            Err(e) => format!("ERROR {:?} {}:{} {}", e.msg, e.line, e.col, e.incomplete),
        }
    }

    fn interactive(src: &str) -> &'static str {
        match parse_interactive(src) {
            Ok(_) => "ok",
            Err(e) if e.incomplete => "more",
            Err(_) => "error",
        }
    }

    #[test]
    fn trees() {
        let cases = [
            ("x = 1", "(Assign@1:0 [(Name@1:0 x)] (Int@1:4 1))"),
            ("a = b = c", "(Assign@1:0 [(Name@1:0 a) (Name@1:4 b)] (Name@1:8 c))"),
            ("a, (b, c) = d", "(Assign@1:0 [(Tuple@1:0 [(Name@1:0 a) (Tuple@1:4 [(Name@1:4 b) (Name@1:7 c)])])] (Name@1:12 d))"),
            ("x += y", "(AugAssign@1:0 (Name@1:0 x) Add (Name@1:5 y))"),
            ("print", "(Print@1:0 _ [] 1)"),
            ("print x, y,", "(Print@1:0 _ [(Name@1:6 x) (Name@1:9 y)] 0)"),
            ("print >>f, x", "(Print@1:0 (Name@1:8 f) [(Name@1:11 x)] 1)"),
            ("-2**2", "(Expr@1:0 (UnaryOp@1:0 Neg (BinOp@1:1 (Int@1:1 2) Pow (Int@1:4 2))))"),
            ("2**-1", "(Expr@1:0 (BinOp@1:0 (Int@1:0 2) Pow (Int@1:3 -1)))"),
            ("-9223372036854775808", "(Expr@1:0 (Int@1:0 -9223372036854775808))"),
            ("-9223372036854775808L", "(Expr@1:0 (Long@1:0 -9223372036854775808))"),
            ("-(5)", "(Expr@1:0 (UnaryOp@1:0 Neg (Int@1:2 5)))"),
            ("a + b - c", "(Expr@1:0 (BinOp@1:6 (BinOp@1:0 (Name@1:0 a) Add (Name@1:4 b)) Sub (Name@1:8 c)))"),
            ("(a + b) - c", "(Expr@1:0 (BinOp@1:0 (BinOp@1:1 (Name@1:1 a) Add (Name@1:5 b)) Sub (Name@1:10 c)))"),
            ("not a == b", "(Expr@1:0 (UnaryOp@1:0 Not (Compare@1:4 (Name@1:4 a) [Eq] [(Name@1:9 b)])))"),
            ("a < b not in c is not d", "(Expr@1:0 (Compare@1:0 (Name@1:0 a) [Lt NotIn IsNot] [(Name@1:4 b) (Name@1:13 c) (Name@1:22 d)]))"),
            ("a or b or c and d", "(Expr@1:0 (BoolOp@1:0 Or [(Name@1:0 a) (Name@1:5 b) (BoolOp@1:10 And [(Name@1:10 c) (Name@1:16 d)])]))"),
            ("a if b else c", "(Expr@1:0 (IfExp@1:0 (Name@1:5 b) (Name@1:0 a) (Name@1:12 c)))"),
            ("f(a, b=1, *c, **d)", "(Expr@1:0 (Call@1:0 (Name@1:0 f) [(Name@1:2 a)] [(kw b (Int@1:7 1))] (Name@1:11 c) (Name@1:16 d)))"),
            ("f(x for x in y)", "(Expr@1:0 (Call@1:0 (Name@1:0 f) [(GeneratorExp@1:2 (Name@1:2 x) [(comp (Name@1:8 x) (Name@1:13 y) [])])] [] _ _))"),
            ("a[1:2], a[::2], a[:, 1], a[...], a[1:2:]", "(Expr@1:0 (Tuple@1:0 [(Subscript@1:0 (Name@1:0 a) (Slice (Int@1:2 1) (Int@1:4 2) _)) (Subscript@1:8 (Name@1:8 a) (Slice _ _ (Int@1:12 2))) (Subscript@1:16 (Name@1:16 a) (Tuple@1:18 [(Slice _ _ _) (Int@1:21 1)])) (Subscript@1:25 (Name@1:25 a) (Ellipsis)) (Subscript@1:33 (Name@1:33 a) (Slice (Int@1:35 1) (Int@1:37 2) (Name@1:38 None)))]))"),
            ("{}, {1: 2}, {1, 2}, [], ()", "(Expr@1:0 (Tuple@1:0 [(Dict@1:0 []) (Dict@1:4 [(kv (Int@1:5 1) (Int@1:8 2))]) (Set@1:12 [(Int@1:13 1) (Int@1:16 2)]) (List@1:20 []) (Tuple@1:24 [])]))"),
            ("[x for x in y if x for z in x]", "(Expr@1:0 (ListComp@1:1 (Name@1:1 x) [(comp (Name@1:7 x) (Name@1:12 y) [(Name@1:17 x)]) (comp (Name@1:23 z) (Name@1:28 x) [])]))"),
            ("{k: v for k, v in d}", "(Expr@1:0 (DictComp@1:1 (Name@1:1 k) (Name@1:4 v) [(comp (Tuple@1:10 [(Name@1:10 k) (Name@1:13 v)]) (Name@1:18 d) [])]))"),
            ("`x`", "(Expr@1:0 (Repr@1:0 (Name@1:1 x)))"),
            ("'a' \"b\" '''c'''", "(Expr@1:0 (Str@1:0 'abc'))"),
            ("lambda a, b=1, *c: a", "(Expr@1:0 (Lambda@1:0 (args [(Name@1:7 a) (Name@1:10 b)] [(Int@1:12 1)] c _) (Name@1:19 a)))"),
            ("def f((a, b), c=1, *d, **e):\n  return", "(FunctionDef@1:0 f (args [(Tuple@1:7 [(Name@1:7 a) (Name@1:10 b)]) (Name@1:14 c)] [(Int@1:16 1)] d e) [(Return@2:2 _)] [])"),
            ("@d\n@e.f(1)\ndef g(): pass", "(FunctionDef@1:0 g (args [] [] _ _) [(Pass@3:9)] [(Name@1:1 d) (Call@2:1 (Attribute@2:1 (Name@2:1 e) f) [(Int@2:5 1)] [] _ _)])"),
            ("class A: pass\nclass B(): pass\nclass C(A, B): pass", "(ClassDef@1:0 A [] [(Pass@1:9)] [])\n(ClassDef@2:0 B [] [(Pass@2:11)] [])\n(ClassDef@3:0 C [(Name@3:8 A) (Name@3:11 B)] [(Pass@3:15)] [])"),
            ("if a: pass\nelif b: pass\nelse: pass", "(If@1:0 (Name@1:3 a) [(Pass@1:6)] [(If@2:5 (Name@2:5 b) [(Pass@2:8)] [(Pass@3:6)])])"),
            ("while a: break\nelse: continue", "(While@1:0 (Name@1:6 a) [(Break@1:9)] [(Continue@2:6)])"),
            ("for a, b in c: pass", "(For@1:0 (Tuple@1:4 [(Name@1:4 a) (Name@1:7 b)]) (Name@1:12 c) [(Pass@1:15)] [])"),
            ("try: pass\nexcept (A, B), e: pass\nexcept C as d: pass\nexcept: pass\nelse: pass\nfinally: pass", "(Try@1:0 [(Pass@1:5)] [(Handler@2:0 (Tuple@2:8 [(Name@2:8 A) (Name@2:11 B)]) (Name@2:15 e) [(Pass@2:18)]) (Handler@3:0 (Name@3:7 C) (Name@3:12 d) [(Pass@3:15)]) (Handler@4:0 _ _ [(Pass@4:8)])] [(Pass@5:6)] [(Pass@6:9)])"),
            ("with a as b, c: pass", "(With@1:5 [(item (Name@1:5 a) (Name@1:10 b)) (item (Name@1:13 c) _)] [(Pass@1:16)])"),
            ("raise E, v, t", "(Raise@1:0 (Name@1:6 E) (Name@1:9 v) (Name@1:12 t))"),
            ("assert x, 'm'", "(Assert@1:0 (Name@1:7 x) (Str@1:10 'm'))"),
            ("import a.b as c, d", "(Import@1:0 [(alias a.b c) (alias d _)])"),
            ("from ..a import (b as c, d,)", "(ImportFrom@1:0 a [(alias b c) (alias d _)] 0 2)"),
            ("from . import *", "(ImportFrom@1:0 _ [] 1 1)"),
            ("global a, b\ndel a, b[0]", "(Global@1:0 [a b])\n(Delete@2:0 [(Name@2:4 a) (Subscript@2:7 (Name@2:7 b) (Int@2:9 0))])"),
            ("def g():\n  x = yield\n  yield\n  f((yield 1))", "(FunctionDef@1:0 g (args [] [] _ _) [(Assign@2:2 [(Name@2:2 x)] (Yield@2:6 _)) (Expr@3:2 (Yield@3:2 _)) (Expr@4:2 (Call@4:2 (Name@4:2 f) [(Yield@4:5 (Int@4:11 1))] [] _ _))] [])"),
            ("exec c in g, l", "(Expr@1:0 (Call@1:0 (Name@1:0 exec) [(Name@1:5 c) (Name@1:10 g) (Name@1:13 l)] [] _ _))"),
            ("x = 1; y = 2;", "(Assign@1:0 [(Name@1:0 x)] (Int@1:4 1))\n(Assign@1:7 [(Name@1:7 y)] (Int@1:11 2))"),
            ("from __future__ import print_function\nprint('a', file=f)", "(ImportFrom@1:0 __future__ [(alias print_function _)] 0 0)\n(Expr@2:0 (Call@2:0 (Name@2:0 print) [(Str@2:6 'a')] [(kw file (Name@2:16 f))] _ _))"),
            ("\u{feff}x = 1\r\nif x:\r\n  y\r\n", "(Assign@1:0 [(Name@1:0 x)] (Int@1:4 1))\n(If@2:0 (Name@2:3 x) [(Expr@3:2 (Name@3:2 y))] [])"),
        ];
        for (src, want) in cases {
            assert_eq!(p(src).trim_end(), want, "source: {src:?}");
        }
    }

    #[test]
    fn errors() {
        let s = |msg: &str, line: u32, col: u32| ("SyntaxError".to_owned(), msg.to_owned(), line, col);
        let i = |msg: &str, line: u32, col: u32| ("IndentationError".to_owned(), msg.to_owned(), line, col);
        let n = |msg: &str, line: u32| ("SyntaxError".to_owned(), msg.to_owned(), line, NO_CARET);
        let cases = [
            ("print a bcd", s("invalid syntax", 1, 10)),
            ("x = 1\nclass\n", s("invalid syntax", 2, 4)),
            ("x = [1, 2, 3\n", s("invalid syntax", 2, 12)),
            ("x = (1 +\n  2\nprint x", s("invalid syntax", 3, 4)),
            ("def f(:\n  pass", s("invalid syntax", 1, 6)),
            ("if True\n  x", s("invalid syntax", 1, 6)),
            ("x = = 2", s("invalid syntax", 1, 4)),
            ("y = 2 $ 3", s("invalid syntax", 1, 6)),
            ("s = \"abc\nprint s", s("EOL while scanning string literal", 1, 7)),
            ("x = '''abc\nde\n", s("EOF while scanning triple-quoted string literal", 4, 0)),
            ("x = 09", s("invalid token", 1, 5)),
            ("if x:\n", i("expected an indented block", 2, 5)),
            ("def f():\nreturn 1", i("expected an indented block", 2, 5)),
            ("def f():\n  if x:\n", i("expected an indented block", 3, 7)),
            ("x = 1\n  y = 2", i("unexpected indent", 2, 1)),
            ("if x:\n        a\n    b\n", i("unindent does not match any outer indentation level", 3, 4)),
            ("1 = x", n("can't assign to literal", 1)),
            ("x = 1\nf() = 1", n("can't assign to function call", 2)),
            ("(a, b) += 1", n("illegal expression for augmented assignment", 1)),
            ("del f()", n("can't delete function call", 1)),
            ("None = 1", n("cannot assign to None", 1)),
            ("def f(a, b=1, c): pass", n("non-default argument follows default argument", 1)),
            ("def f(a, a): pass", n("duplicate argument 'a' in function definition", 1)),
            ("f(x for x in y, 1)", n("Generator expression must be parenthesized if not sole argument", 1)),
            ("f(a=1, b)", n("non-keyword arg after keyword arg", 1)),
            ("f(*a, b)", n("only named arguments may follow *expression", 1)),
            ("f(1=2)", n("keyword can't be an expression", 1)),
            ("f(a=1, a=2)", n("keyword argument repeated", 1)),
            ("from a import b,", n("trailing comma not allowed without surrounding parentheses", 1)),
            ("f(**a, b)", s("invalid syntax", 1, 5)),
            ("f(*a, *b)", s("invalid syntax", 1, 6)),
            ("f(*a,)", s("invalid syntax", 1, 5)),
            ("1 = 2\nx = (", s("invalid syntax", 3, 5)),
            ("x = u'\\N{foo}'", n("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1)),
        ];
        for (src, want) in cases {
            assert_eq!(err(src), want, "source: {src:?}");
        }
    }

    #[test]
    fn interactive_entries() {
        let cases = [
            ("x = 1", "ok"),
            ("", "ok"),
            ("# just a comment", "ok"),
            ("if x:", "more"),
            ("if x:\n  pass", "more"),
            ("if x: pass", "more"),
            ("if x: pass\n", "more"),
            ("if x:\n  pass\n", "more"),
            ("if x:\n  pass\n\n", "ok"),
            ("if x:\n  pass\n  \n", "ok"),
            ("x = 1\n", "ok"),
            ("if x:\n\n", "more"),
            ("if x:\n  pass\nelse:", "more"),
            ("x = (1,", "more"),
            ("x = [1,\n 2", "more"),
            ("x = 1 \\", "more"),
            ("x = '''a", "more"),
            ("x = 'a\\", "more"),
            ("x = 'a", "error"),
            ("@d", "more"),
            ("class A:\n  def f(self):\n    pass\n\n  x = 1", "more"),
            ("  x = 1", "error"),
            ("x = )", "error"),
            ("1 +", "error"),
        ];
        for (src, want) in cases {
            assert_eq!(interactive(src), want, "source: {src:?}");
        }
    }

    #[test]
    fn expressions() {
        assert_eq!(expr("1, 2"), "(Tuple@1:0 [(Int@1:0 1) (Int@1:3 2)])");
        assert_eq!(expr("x\n\n"), "(Name@1:0 x)");
        assert_eq!(expr("1 +"), "ERROR \"unexpected EOF while parsing\" 1:2 true");
        assert_eq!(expr("(1"), "ERROR \"unexpected EOF while parsing\" 1:1 true");
        assert_eq!(expr("x = 1"), "ERROR \"invalid syntax\" 1:2 false");
    }

    /// Deep or huge inputs fail cleanly (no stack overflow, no quadratic time).
    #[test]
    fn stress() {
        // A 20,000-deep tree is parsed and dropped: give it the big stack
        // the interpreter compiles long sources on (compile::on_big_stack).
        let big = std::thread::Builder::new().stack_size(512 << 20).spawn(stress_body).expect("spawn");
        big.join().expect("stress");
    }

    fn stress_body() {
        let n = 100_000;
        let deep = |s: String| err(&s);
        let too_deep = |r: (String, String, u32, u32)| r.1 == "expression too deeply nested";
        assert_eq!(deep("(".repeat(n)).1, "too many nested parentheses");
        assert_eq!(deep(format!("x = {}1{}", "(".repeat(n), ")".repeat(n))).1, "too many nested parentheses");
        assert!(too_deep(deep(format!("x = 1{}", "+1".repeat(n)))));
        assert!(too_deep(deep(format!("x = {}1", "- ".repeat(n)))));
        assert!(too_deep(deep(format!("x = {}1", "not ".repeat(n)))));
        assert!(too_deep(deep(format!("x = a{}", ".b".repeat(n)))));
        assert!(too_deep(deep(format!("x = a{}", "[0]".repeat(n)))));
        assert!(too_deep(deep(format!("x = f{}", "()".repeat(n)))));
        assert!(too_deep(deep(format!("x = {}1", "lambda: ".repeat(n)))));
        assert!(too_deep(deep(format!("x = 1{}", " if 1 else 1".repeat(n)))));
        assert!(too_deep(deep(format!("x = 2{}", "**2".repeat(n)))));
        assert!(too_deep(deep(format!("x = {}1", "~".repeat(n)))));
        let elifs = format!("if x: pass\n{}", "elif x: pass\n".repeat(n / 5));
        assert_eq!(deep(elifs).1, "statement too deeply nested");
        // chains just below the limits parse
        assert_eq!(err(&format!("x = 1{}", "+1".repeat(MAX_EXPR_DEPTH as usize - 1))).0, "OK");
        assert_eq!(err(&format!("if x: pass\n{}", "elif x: pass\n".repeat(500))).0, "OK");
        // flat but long: a 10 MB line (1 MB in debug builds, which are slow)
        let items = if cfg!(debug_assertions) { 500_000 } else { 5_000_000 };
        let big = format!("x = [{}]", "1,".repeat(items));
        assert_eq!(err(&big).0, "OK");
        let long_str = format!("x = '{}'", "a".repeat(10_000_000));
        assert_eq!(err(&long_str).0, "OK");
        let bools = format!("x = 1{}", " or 1".repeat(n));
        assert_eq!(err(&bools).0, "OK");
    }

    /// Random input never panics.
    #[test]
    fn random_input() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let pieces = [
            "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "@", "`", "=", "+", "-", "*", "**", "/", "//", "%", "<<",
            ">>", "&", "|", "^", "~", "<", ">", "==", "!=", "<>", "<=", ">=", "+=", "**=", "\n", "  ", "\t", "\\\n",
            "\\", "#c", "'", "\"", "'''", "\"\"\"", "u'\\u12", "'\\x4'", "x", "1", "0x", "1.5", "09", "9L", "if",
            "else", "elif", "for", "in", "while", "def", "class", "lambda", "yield", "return", "print", "exec",
            "import", "from", "as", "try", "except", "finally", "with", "not", "and", "or", "is", "del", "global",
            "raise", "assert", "pass", "é", "\u{feff}", "\r", "\0", "\x0c",
        ];
        for _ in 0..3000 {
            let len = (next() % 40) as usize;
            let src: String = (0..len).map(|_| pieces[(next() % pieces.len() as u64) as usize]).collect();
            let _ = parse_module(&src);
            let _ = parse_interactive(&src);
            let _ = parse_expression(&src);
        }
        for _ in 0..300 {
            let len = (next() % 200) as usize;
            let src: String = (0..len).filter_map(|_| char::from_u32((next() % 0x250) as u32)).collect();
            let _ = parse_module(&src);
        }
    }

    #[test]
    fn decorated_position() {
        let m = parse_module("x = 1\n@a\n@b\ndef f(): pass\n").ok();
        let line = m.as_ref().and_then(|m| m.body.get(1)).map(|s| s.loc.line);
        assert_eq!(line, Some(2));
    }
}
