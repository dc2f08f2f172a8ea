//! The compile-time rules for `from __future__ import ...` (2.7's
//! future.c): such imports may only follow the docstring at the top of a
//! module, and must name a feature 2.7 knows.

use crate::syntax::ast::Loc;
use crate::syntax::ast::{ExprKind, Module, Stmt, StmtKind};

/// The features `__future__` defines in 2.7.
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
];

fn is_future(s: &Stmt) -> bool {
    matches!(&s.kind, StmtKind::ImportFrom { module, level: 0, .. } if module == "__future__")
}

/// Checks every module-level future import; the first error with its place.
pub fn check(m: &Module) -> Result<(), (String, Loc)> {
    let mut at_top = true;
    for (i, s) in m.body.iter().enumerate() {
        if !is_future(s) {
            let docstring = i == 0
                && matches!(&s.kind, StmtKind::Expr(e) if matches!(e.kind, ExprKind::Str(_) | ExprKind::Unicode(_)));
            at_top &= docstring;
            continue;
        }
        let StmtKind::ImportFrom { names, star, .. } = &s.kind else { continue };
        if *star {
            return Err(("future feature * is not defined".into(), s.loc));
        }
        for a in names {
            if a.name == "braces" {
                return Err(("not a chance".into(), s.loc));
            }
            if !FEATURES.contains(&a.name.as_str()) {
                return Err((format!("future feature {} is not defined", a.name), s.loc));
            }
        }
        if !at_top {
            return Err(("from __future__ imports must occur at the beginning of the file".into(), s.loc));
        }
    }
    Ok(())
}
