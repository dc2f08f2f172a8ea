"""Scopes and the names in them, for a piece of source text.

symtable(source, filename, mode) gives the module's table; each function,
class, lambda and generator expression has a child table. The analysis is
done here over the `ast` tree, with 2.7's rules (list comprehensions share
their enclosing scope; set and dict comprehensions and generator
expressions have their own)."""

import ast as _ast

__all__ = ["symtable", "SymbolTable", "Class", "Function", "Symbol"]

# What a name's uses in one scope add up to (2.7's symtable flag bits).
DEF_GLOBAL = 1
DEF_LOCAL = 2
DEF_PARAM = 4
USE = 8
DEF_FREE = 16
DEF_FREE_CLASS = 32
DEF_IMPORT = 64
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

# Where a name is found, decided after the whole module is read.
SCOPE_OFF = 11
SCOPE_MASK = 7
LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL = range(1, 6)

OPT_IMPORT_STAR = 1
OPT_EXEC = 2
OPT_BARE_EXEC = 4


class _Block(object):
    """One scope as the walk finds it."""
    _ids = [0]

    def __init__(self, kind, name, lineno, parent):
        self.kind, self.name, self.lineno, self.parent = kind, name, lineno, parent
        self.flags = {}
        self.order = []
        self.params = []
        self.children = []
        self.unoptimized = 0
        self.generator = False
        self.nested = parent is not None and (parent.kind == "function" or parent.nested)
        _Block._ids[0] += 1
        self.id = _Block._ids[0]
        if parent is not None:
            parent.children.append(self)

    def add(self, name, flag):
        if self.kind == "class" and name.startswith("__") and not name.endswith("__"):
            name = "_%s%s" % (self.name.lstrip("_"), name)
        if name not in self.flags:
            self.flags[name] = 0
            self.order.append(name)
        if flag & DEF_PARAM and not self.flags[name] & DEF_PARAM:
            self.params.append(name)
        self.flags[name] |= flag


class _Walker(_ast.NodeVisitor):
    def __init__(self, top, filename):
        self.block = top
        self.filename = filename

    def enter(self, kind, name, lineno):
        self.block = _Block(kind, name, lineno, self.block)
        return self.block

    def leave(self):
        self.block = self.block.parent

    def arguments(self, args):
        for i, a in enumerate(args.args):
            if isinstance(a, _ast.Name):
                self.block.add(a.id, DEF_PARAM)
            else:
                # A tuple parameter is a hidden `.N` unpacked into its names.
                self.block.add(".%d" % i, DEF_PARAM)
                self.tuple_param(a)
        if args.vararg:
            self.block.add(args.vararg, DEF_PARAM)
        if args.kwarg:
            self.block.add(args.kwarg, DEF_PARAM)

    def tuple_param(self, node):
        # The names inside a tuple parameter are parameters too.
        for e in node.elts:
            if isinstance(e, _ast.Name):
                self.block.add(e.id, DEF_PARAM)
            else:
                self.tuple_param(e)

    def visit_FunctionDef(self, node):
        self.block.add(node.name, DEF_LOCAL)
        for e in node.args.defaults + node.decorator_list:
            self.visit(e)
        self.enter("function", node.name, node.lineno)
        self.arguments(node.args)
        for s in node.body:
            self.visit(s)
        self.leave()

    def visit_Lambda(self, node):
        for e in node.args.defaults:
            self.visit(e)
        self.enter("function", "lambda", node.lineno)
        self.arguments(node.args)
        self.visit(node.body)
        self.leave()

    def visit_ClassDef(self, node):
        self.block.add(node.name, DEF_LOCAL)
        for e in node.bases + node.decorator_list:
            self.visit(e)
        self.enter("class", node.name, node.lineno)
        for s in node.body:
            self.visit(s)
        self.leave()

    def comprehension_scope(self, node, name, elts):
        gens = node.generators
        self.visit(gens[0].iter)
        # 2.7 gives these scopes no line.
        self.enter("function", name, 0)
        self.block.add(".0", DEF_PARAM)
        if name == "genexpr":
            self.block.generator = True
        else:
            self.block.add("_[1]", DEF_LOCAL)
        self.visit(gens[0].target)
        for e in gens[0].ifs:
            self.visit(e)
        for g in gens[1:]:
            self.visit(g)
        for e in elts:
            self.visit(e)
        self.leave()

    def visit_GeneratorExp(self, node):
        self.comprehension_scope(node, "genexpr", [node.elt])

    def visit_SetComp(self, node):
        self.comprehension_scope(node, "setcomp", [node.elt])

    def visit_DictComp(self, node):
        self.comprehension_scope(node, "dictcomp", [node.key, node.value])

    def visit_ListComp(self, node):
        for g in node.generators:
            self.visit(g)
        self.visit(node.elt)

    def visit_Name(self, node):
        if isinstance(node.ctx, _ast.Load):
            self.block.add(node.id, USE)
        elif isinstance(node.ctx, _ast.Param):
            self.block.add(node.id, DEF_PARAM)
        else:
            self.block.add(node.id, DEF_LOCAL)

    def visit_Global(self, node):
        top = self.block
        while top.parent is not None:
            top = top.parent
        for n in node.names:
            self.block.add(n, DEF_GLOBAL)
            # The module's own table records every global declaration.
            top.add(n, DEF_GLOBAL)

    def visit_Import(self, node):
        for a in node.names:
            self.block.add(a.asname or a.name.split(".")[0], DEF_IMPORT)

    def visit_ImportFrom(self, node):
        for a in node.names:
            if a.name == "*":
                if self.block.kind != "module":
                    self.block.unoptimized |= OPT_IMPORT_STAR
                    import warnings
                    warnings.warn_explicit("import * only allowed at module level", SyntaxWarning,
                                           self.filename, node.lineno)
            else:
                self.block.add(a.asname or a.name, DEF_IMPORT)

    def visit_Exec(self, node):
        if self.block.kind != "module":
            self.block.unoptimized |= OPT_EXEC if node.globals else OPT_BARE_EXEC
        self.generic_visit(node)

    def visit_Yield(self, node):
        self.block.generator = True
        self.generic_visit(node)


def _resolve(block, bound_outside):
    """Decides each name's scope; returns the names free in `block`."""
    scopes = {}
    bound_here = set()
    for name, flags in block.flags.items():
        if flags & DEF_GLOBAL:
            scopes[name] = GLOBAL_EXPLICIT
        elif flags & DEF_BOUND:
            scopes[name] = LOCAL
            bound_here.add(name)
        elif block.kind != "module" and name in bound_outside:
            scopes[name] = FREE
        else:
            scopes[name] = GLOBAL_IMPLICIT
    if block.kind == "function":
        inner_bound = (bound_outside - set(n for n in block.flags if block.flags[n] & DEF_GLOBAL)) | bound_here
    elif block.kind == "class":
        # Class bodies are not seen from the functions inside them.
        inner_bound = bound_outside
    else:
        inner_bound = set()
    for child in block.children:
        for name in _resolve(child, inner_bound):
            if block.kind == "function" and scopes.get(name) == LOCAL:
                scopes[name] = CELL
            elif scopes.get(name) not in (GLOBAL_EXPLICIT, LOCAL, CELL) and block.kind != "module":
                if name not in block.flags:
                    block.order.append(name)
                    block.flags[name] = 0
                block.flags[name] |= DEF_FREE_CLASS if block.kind == "class" else DEF_FREE
                scopes[name] = FREE
    for name, scope in scopes.items():
        block.flags[name] |= scope << SCOPE_OFF
    return [n for n, s in scopes.items() if s == FREE]


class SymbolTable(object):
    def __init__(self, block):
        self._block = block
        self._symbols = {}

    def __repr__(self):
        kind = "" if type(self) is SymbolTable else type(self).__name__ + " "
        return "<%sSymbolTable for %s in %s>" % (kind, self._block.name, self._filename)

    def get_type(self):
        return self._block.kind

    def get_id(self):
        return self._block.id

    def get_name(self):
        return self._block.name

    def get_lineno(self):
        return self._block.lineno

    def is_optimized(self):
        return bool(self._block.kind == "function" and not self._block.unoptimized)

    def is_nested(self):
        return bool(self._block.nested)

    def has_children(self):
        return bool(self._block.children)

    def has_exec(self):
        return bool(self._block.unoptimized & (OPT_EXEC | OPT_BARE_EXEC))

    def has_import_star(self):
        return bool(self._block.unoptimized & OPT_IMPORT_STAR)

    def get_identifiers(self):
        return list(self._block.order)

    def lookup(self, name):
        sym = self._symbols.get(name)
        if sym is None:
            flags = self._block.flags[name]
            spaces = [self._table_of(c) for c in self._block.children if c.name == name]
            sym = self._symbols[name] = Symbol(name, flags, spaces)
        return sym

    def get_symbols(self):
        return [self.lookup(n) for n in self.get_identifiers()]

    def get_children(self):
        return [self._table_of(c) for c in self._block.children]

    def _table_of(self, block):
        cache = self._tables
        t = cache.get(block.id)
        if t is None:
            kind = {"function": Function, "class": Class}.get(block.kind, SymbolTable)
            t = cache[block.id] = kind(block)
            t._tables = cache
            t._filename = self._filename
        return t


class Function(SymbolTable):

    def _names(self, test):
        return tuple(n for n in self._block.order if test(self._block.flags[n]))

    def get_parameters(self):
        return tuple(self._block.params)

    def get_locals(self):
        return self._names(lambda f: (f >> SCOPE_OFF) & SCOPE_MASK in (LOCAL, CELL))

    def get_globals(self):
        return self._names(lambda f: (f >> SCOPE_OFF) & SCOPE_MASK in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT))

    def get_frees(self):
        return self._names(lambda f: (f >> SCOPE_OFF) & SCOPE_MASK == FREE)


class Class(SymbolTable):

    def get_methods(self):
        seen = []
        for c in self._block.children:
            if c.name not in seen:
                seen.append(c.name)
        return tuple(seen)


class Symbol(object):
    def __init__(self, name, flags, namespaces=None):
        self.__name = name
        self.__flags = flags
        self.__scope = (flags >> SCOPE_OFF) & SCOPE_MASK
        self.__namespaces = namespaces or ()

    def __repr__(self):
        return "<symbol %r>" % self.__name

    def get_name(self):
        return self.__name

    def is_referenced(self):
        return bool(self.__flags & USE)

    def is_parameter(self):
        return bool(self.__flags & DEF_PARAM)

    def is_global(self):
        return bool(self.__scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT))

    def is_declared_global(self):
        return bool(self.__scope == GLOBAL_EXPLICIT)

    def is_local(self):
        return bool(self.__flags & DEF_BOUND)

    def is_free(self):
        return bool(self.__scope == FREE)

    def is_imported(self):
        return bool(self.__flags & DEF_IMPORT)

    def is_assigned(self):
        return bool(self.__flags & DEF_LOCAL)

    def is_namespace(self):
        return bool(self.__namespaces)

    def get_namespaces(self):
        return self.__namespaces

    def get_namespace(self):
        if len(self.__namespaces) != 1:
            raise ValueError("name is bound to multiple namespaces")
        return self.__namespaces[0]


def symtable(code, filename, compile_type):
    """The table of the module `code` (compiled as compile() would, so
    its syntax errors name `filename`)."""
    compile(code, filename, compile_type)
    tree = compile(code, filename, compile_type, _ast.PyCF_ONLY_AST)
    top = _Block("module", "top", 0, None)
    walker = _Walker(top, filename)
    body = tree.body
    for node in body if isinstance(body, list) else [body]:
        walker.visit(node)
    _resolve(top, set())
    table = SymbolTable(top)
    table._tables = {top.id: table}
    table._filename = filename
    return table
