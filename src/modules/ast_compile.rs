//! `compile()`'s two AST paths: source to node objects (the flag
//! PyCF_ONLY_AST, which `ast.parse` uses) and node objects to a code object.
//! The node classes live in stdlib/_ast.py; this glue hands them the tuples
//! of `ast_tree.rs` (`_ast._tree`) and takes tuples back (`_ast._flatten`)
//! for `ast_build.rs`.

use crate::object::{Dict, ExcKind, Object, PyErr, PyResult, PyStr, Value};
use crate::syntax::ast::{Module, Stmt, StmtKind};
use crate::vm::dynamic::DynamicMode;
use crate::vm::Vm;

/// The PyCF_ONLY_AST bit of compile()'s flags.
pub const ONLY_AST: i64 = 0x400;

/// Calls the function `name` of the `_ast` module.
fn call_ast(vm: &mut Vm, name: &str, args: Vec<Value>) -> PyResult {
    let globals = Dict::new();
    let m = vm.import_module("_ast", &globals)?;
    let f = vm.getattr(&m, &PyStr::from_str(name))?;
    vm.call(&f, args)
}

/// `compile(source, filename, mode, PyCF_ONLY_AST)`: the tree as node objects.
pub fn parse(
    vm: &mut Vm,
    src: &str,
    filename: &str,
    mode: DynamicMode,
    flags: i64,
    recode: crate::syntax::Recoder,
) -> PyResult {
    let inherited = crate::syntax::FutureFlags { print_function: flags & 0x10000 != 0, ..Default::default() };
    let kept = recode.clone();
    let (parsed, kind) = crate::compile::on_big_stack(src.len(), || match mode {
        DynamicMode::Eval => {
            // Unlike eval(), compile() keeps leading blanks (an indent error).
            let m = crate::syntax::parse_expression_recode(src, recode)
                .map(|e| Module { body: vec![Stmt { loc: e.loc, kind: StmtKind::Expr(e) }] });
            (m, "Expression")
        }
        DynamicMode::Single => (crate::syntax::parse_interactive_recode(src, inherited, recode), "Interactive"),
        DynamicMode::Exec => (crate::syntax::parse_module_recode(src, inherited, recode), "Module"),
    });
    let module = parsed.map_err(|e| crate::vm::import::syntax_error_recode(&e, filename, src, &kept))?;
    let tree = super::ast_tree::module(&module, kind);
    call_ast(vm, "_tree", vec![tree])
}

/// `compile(tree, filename, mode[, flags])` for a node object: `args` are
/// compile()'s arguments as given.
pub fn compile_tree(vm: &mut Vm, args: &[Value]) -> PyResult {
    let filename = super::str_arg(&args[1], "compile() arg 2")?.to_string_lossy();
    let mode_s = super::str_arg(&args[2], "compile() arg 3")?.to_string_lossy();
    let mode = match mode_s.as_str() {
        "eval" => DynamicMode::Eval,
        "exec" => DynamicMode::Exec,
        "single" => DynamicMode::Single,
        _ => return Err(PyErr::new(ExcKind::ValueError, "compile() arg 3 must be 'exec', 'eval' or 'single'")),
    };
    let flags = match args.get(3) {
        Some(Value::Int(f)) => *f,
        _ => 0,
    };
    let flat = call_ast(vm, "_flatten", vec![args[0].clone(), Value::str(&mode_s)])?;
    if flat.is_none() {
        // Not a node at all: what compile() says of any non-string.
        return Err(PyErr::new(ExcKind::TypeError, "expected a readable buffer object"));
    }
    if flags & ONLY_AST != 0 {
        // A tree asked for as a tree comes back as it is.
        return Ok(args[0].clone());
    }
    let module = super::ast_build::module(&flat, &mode_s)?;
    let division = flags & 0x2000 != 0 || future_division(&module);
    let compiled = crate::compile::on_big_stack(4096, || {
        crate::compile::compile_dynamic(
            &module,
            &filename,
            mode == DynamicMode::Eval,
            division,
            mode == DynamicMode::Single,
        )
    });
    let code = compiled.map_err(|e| crate::vm::import::syntax_error_recode(&e, &filename, "", &None))?;
    Ok(Value::other(Object::Code(code)))
}

/// Whether the tree starts (after a docstring) with `from __future__ import division`.
fn future_division(m: &Module) -> bool {
    use crate::syntax::ast::ExprKind;
    for (i, s) in m.body.iter().enumerate() {
        match &s.kind {
            StmtKind::Expr(e) if i == 0 && matches!(e.kind, ExprKind::Str(_) | ExprKind::Unicode(_)) => {}
            StmtKind::ImportFrom { module, names, .. } if module == "__future__" => {
                if names.iter().any(|a| a.name == "division") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}
