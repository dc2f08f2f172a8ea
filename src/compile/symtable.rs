//! Scope analysis: decides for every name in every scope whether it is a fast
//! local, a global, a cell (captured by an inner function) or free (captured
//! from an enclosing function). Runs before code generation.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::syntax::ast::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sym {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub params: Vec<String>,
    assigned: HashSet<String>,
    globals: HashSet<String>,
    used: HashSet<String>,
    children: Vec<usize>,
    pub is_generator: bool,
    /// A function containing an `exec` statement: names it neither binds nor
    /// declares global are looked up in its locals dict first (LOAD_NAME),
    /// where exec may have put them.
    pub unoptimized: bool,
    /// `from m import *` and `exec` without `in` (both forbid free
    /// variables around them), and where the first of them is.
    import_star: bool,
    bare_exec: bool,
    opt_loc: Option<Loc>,
    name: String,
    pub symbols: HashMap<String, Sym>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
}

impl Scope {
    fn new(kind: ScopeKind) -> Scope {
        Scope {
            kind,
            params: Vec::new(),
            assigned: HashSet::new(),
            globals: HashSet::new(),
            used: HashSet::new(),
            children: Vec::new(),
            is_generator: false,
            unoptimized: false,
            import_star: false,
            bare_exec: false,
            opt_loc: None,
            name: "<lambda>".into(),
            symbols: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
        }
    }
    pub fn lookup(&self, name: &str) -> Sym {
        match self.symbols.get(name) {
            Some(s) => *s,
            None => match self.kind {
                ScopeKind::Function => Sym::GlobalImplicit,
                _ => Sym::Local,
            },
        }
    }
}

/// All scopes of a module, keyed by the address of the AST node that opens them.
pub struct SymTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, usize>,
}

pub fn node_key<T>(t: &T) -> usize {
    t as *const T as usize
}

impl SymTable {
    pub fn build(module: &Module) -> Result<SymTable, (String, Loc)> {
        super::future::check(module)?;
        let mut b = Builder { scopes: vec![Scope::new(ScopeKind::Module)], by_node: HashMap::new(), stack: vec![0] };
        b.by_node.insert(node_key(module), 0);
        for s in &module.body {
            b.stmt(s)?;
        }
        let mut t = SymTable { scopes: b.scopes, by_node: b.by_node };
        t.analyze(0, &HashSet::new());
        t.check_unoptimized(0, false)?;
        Ok(t)
    }

    /// CPython 2's check_unoptimized: a function with `import *` or a bare
    /// `exec` may neither be nested and use free names nor contain a function
    /// that does. Returns (uses free names, a nested scope does).
    fn check_unoptimized(&self, id: usize, nested: bool) -> Result<(bool, bool), (String, Loc)> {
        let s = &self.scopes[id];
        let mut child_free = false;
        for &c in &s.children {
            let (f, cf) = self.check_unoptimized(c, nested || s.kind == ScopeKind::Function)?;
            child_free |= f || cf;
        }
        let implicit_global = |n: &String| s.symbols.get(n).is_none_or(|x| *x == Sym::GlobalImplicit);
        let free = s.symbols.values().any(|x| *x == Sym::Free) || (nested && s.used.iter().any(implicit_global));
        if s.kind == ScopeKind::Function && (s.import_star || s.bare_exec) && (free || child_free) {
            let why =
                if child_free { "contains a nested function with free variables" } else { "is a nested function" };
            let msg = match (s.import_star, s.bare_exec) {
                (true, false) => format!("import * is not allowed in function '{}' because it {}", s.name, why),
                (false, _) => format!("unqualified exec is not allowed in function '{}' because it {}", s.name, why),
                _ => format!("function '{}' uses import * and bare exec, which are illegal because it {}", s.name, why),
            };
            return Err((msg, s.opt_loc.unwrap_or_default()));
        }
        Ok((free, child_free))
    }

    pub fn scope_of<T>(&self, node: &T) -> usize {
        self.by_node.get(&node_key(node)).copied().unwrap_or(0)
    }

    /// Resolves names top-down; returns the free names of `id`.
    fn analyze(&mut self, id: usize, enclosing: &HashSet<String>) -> BTreeSet<String> {
        let kind = self.scopes[id].kind;
        let mut symbols = HashMap::new();
        {
            let s = &self.scopes[id];
            for n in &s.globals {
                symbols.insert(n.clone(), Sym::GlobalExplicit);
            }
            for n in s.params.iter().chain(s.assigned.iter()) {
                if !s.globals.contains(n) {
                    symbols.insert(n.clone(), Sym::Local);
                }
            }
            for n in &s.used {
                if !symbols.contains_key(n) {
                    let sym = if enclosing.contains(n) {
                        Sym::Free
                    } else if kind == ScopeKind::Function {
                        Sym::GlobalImplicit
                    } else {
                        continue;
                    };
                    symbols.insert(n.clone(), sym);
                }
            }
        }
        let child_enclosing: HashSet<String> = match kind {
            ScopeKind::Module => HashSet::new(),
            ScopeKind::Class => enclosing.clone(),
            ScopeKind::Function => {
                // A name this function declares global is not the enclosing
                // functions' variable for its nested scopes either.
                let mut e = enclosing.clone();
                for (n, s) in &symbols {
                    match s {
                        Sym::Local => {
                            e.insert(n.clone());
                        }
                        Sym::GlobalExplicit => {
                            e.remove(n);
                        }
                        _ => {}
                    }
                }
                e
            }
        };
        let children = self.scopes[id].children.clone();
        let mut cells = BTreeSet::new();
        let mut frees: BTreeSet<String> =
            symbols.iter().filter(|(_, s)| **s == Sym::Free).map(|(n, _)| n.clone()).collect();
        for c in children {
            for n in self.analyze(c, &child_enclosing) {
                match symbols.get(&n) {
                    Some(Sym::Local) | Some(Sym::Cell) if kind == ScopeKind::Function => {
                        symbols.insert(n.clone(), Sym::Cell);
                        cells.insert(n);
                    }
                    // In a function, `global x` makes x global for nested
                    // scopes too (they cannot see it as free).
                    Some(Sym::GlobalExplicit) if kind == ScopeKind::Function => {}
                    _ => {
                        // A class passes its methods' free variables through
                        // even when it binds the name itself or declares it
                        // global: the class's own uses keep their meaning.
                        if kind != ScopeKind::Module {
                            if !symbols.contains_key(&n) {
                                symbols.insert(n.clone(), Sym::Free);
                            }
                            frees.insert(n);
                        }
                    }
                }
            }
        }
        let s = &mut self.scopes[id];
        s.symbols = symbols;
        s.cellvars = cells.into_iter().collect();
        s.freevars = frees.iter().cloned().collect();
        frees
    }
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
}

type R = Result<(), (String, Loc)>;

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[id]
    }

    fn push(&mut self, key: usize, kind: ScopeKind) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind));
        let parent = *self.stack.last().unwrap_or(&0);
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn bind(&mut self, name: &str) {
        self.cur().assigned.insert(name.to_string());
    }

    fn body(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params(&mut self, args: &Arguments) {
        let mut names = Vec::new();
        fn collect(e: &Expr, out: &mut Vec<String>) {
            match &e.kind {
                ExprKind::Name(n) => out.push(n.clone()),
                ExprKind::Tuple(items) | ExprKind::List(items) => {
                    for i in items {
                        collect(i, out)
                    }
                }
                _ => {}
            }
        }
        for (i, a) in args.args.iter().enumerate() {
            match &a.kind {
                ExprKind::Name(n) => names.push(n.clone()),
                // A tuple parameter gets a hidden slot `.N`; its names are locals.
                _ => {
                    names.push(format!(".{}", i));
                    let mut inner = Vec::new();
                    collect(a, &mut inner);
                    for n in inner {
                        self.bind(&n);
                    }
                }
            }
        }
        if let Some(v) = &args.vararg {
            names.push(v.clone());
        }
        if let Some(k) = &args.kwarg {
            names.push(k.clone());
        }
        self.cur().params = names;
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                self.expr(target)?;
                self.target(target)?;
            }
            StmtKind::Print { dest, values, .. } => {
                if let Some(d) = dest {
                    self.expr(d)?;
                }
                for v in values {
                    self.expr(v)?;
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.expr(iter)?;
                self.target(target)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                for d in &f.args.defaults {
                    self.expr(d)?;
                }
                self.bind(&f.name);
                self.push(node_key(&**f), ScopeKind::Function);
                self.cur().name.clone_from(&f.name);
                self.params(&f.args);
                self.body(&f.body)?;
                // CPython reports this at the def line, like its own symtable pass.
                let scope = self.cur();
                if let Some(n) = scope.params.iter().find(|p| scope.globals.contains(*p)) {
                    return Err((format!("name '{}' is local and global", n), s.loc));
                }
                self.stack.pop();
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                self.bind(&c.name);
                self.push(node_key(&**c), ScopeKind::Class);
                self.body(&c.body)?;
                self.stack.pop();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    self.cur().globals.insert(n.clone());
                    // As CPython 2's symtable: a `global` anywhere makes the
                    // module's own code use the globals for that name too
                    // (visible under exec with separate locals).
                    self.scopes[0].globals.insert(n.clone());
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.body(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.target(n)?;
                    }
                    self.body(&h.body)?;
                }
                self.body(orelse)?;
                self.body(finalbody)?;
            }
            StmtKind::Raise { exc, value, traceback } => {
                for e in [exc, value, traceback].into_iter().flatten() {
                    self.expr(e)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, star, .. } => {
                if *star {
                    // 2.7 allows it in a function, which then looks names
                    // up in its locals dict (checked in check_unoptimized).
                    let scope = self.cur();
                    if scope.kind == ScopeKind::Function {
                        scope.unoptimized = true;
                        scope.import_star = true;
                        scope.opt_loc.get_or_insert(s.loc);
                    }
                } else {
                    for a in names {
                        let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                        self.bind(&bound);
                    }
                }
            }
            StmtKind::With { items, body } => {
                for i in items {
                    self.expr(&i.context)?;
                    if let Some(t) = &i.target {
                        self.target(t)?;
                    }
                }
                self.body(body)?;
            }
        }
        Ok(())
    }

    /// An assignment or deletion target.
    fn target(&mut self, t: &Expr) -> R {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
            }
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
            }
            _ => self.expr(t)?,
        }
        Ok(())
    }

    fn comprehension_scope(&mut self, key: usize, generators: &[Comprehension], elts: &[&Expr]) -> R {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter)?;
        }
        self.push(key, ScopeKind::Function);
        self.cur().params = vec![".0".to_string()];
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.stack.pop();
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> R {
        if let ExprKind::Call(c) = &e.kind {
            if matches!(&c.func.kind, ExprKind::Name(n) if n == "exec") {
                let scope = self.cur();
                scope.unoptimized = true;
                if c.args.len() == 1 {
                    scope.bare_exec = true;
                    scope.opt_loc.get_or_insert(e.loc);
                }
            }
        }
        match &e.kind {
            ExprKind::Name(n) => {
                self.cur().used.insert(n.clone());
            }
            ExprKind::Int(_)
            | ExprKind::Long(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Str(_)
            | ExprKind::Unicode(_)
            | ExprKind::Ellipsis => {}
            ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
                for i in items {
                    self.expr(i)?;
                }
            }
            ExprKind::Dict(pairs) => {
                for (k, v) in pairs {
                    self.expr(k)?;
                    self.expr(v)?;
                }
            }
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            ExprKind::Call(c) => {
                self.expr(&c.func)?;
                for a in &c.args {
                    self.expr(a)?;
                }
                for (_, v) in &c.keywords {
                    self.expr(v)?;
                }
                if let Some(s) = &c.star {
                    self.expr(s)?;
                }
                if let Some(k) = &c.kwstar {
                    self.expr(k)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Lambda { args, body } => {
                for d in &args.defaults {
                    self.expr(d)?;
                }
                self.push(node_key(e), ScopeKind::Function);
                self.params(args);
                self.expr(body)?;
                self.stack.pop();
            }
            ExprKind::ListComp { elt, generators } => {
                // Python 2: list comprehensions run in the enclosing scope.
                for g in generators {
                    self.expr(&g.iter)?;
                    self.target(&g.target)?;
                    for c in &g.ifs {
                        self.expr(c)?;
                    }
                }
                self.expr(elt)?;
            }
            ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
                let gen = matches!(e.kind, ExprKind::GeneratorExp { .. });
                self.comprehension_scope(node_key(e), generators, &[elt])?;
                if gen {
                    let id = self.by_node[&node_key(e)];
                    self.scopes[id].is_generator = true;
                }
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension_scope(node_key(e), generators, &[key, value])?;
            }
            ExprKind::Yield(v) => {
                if self.cur().kind != ScopeKind::Function {
                    return Err(("'yield' outside function".into(), e.loc));
                }
                self.cur().is_generator = true;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::Repr(v) => self.expr(v)?,
        }
        Ok(())
    }
}
