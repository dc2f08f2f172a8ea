"""The node classes of Python 2.7's abstract syntax tree.

compile(..., PyCF_ONLY_AST) hands _tree() minipy's parse tree as nested
tuples (class name, lineno, col_offset, fields...) and gets node objects
back; compile(node, ...) hands a node to _flatten(), which checks it and
gives those tuples back.
"""

PyCF_ONLY_AST = 0x400

# The grammar, one line per abstract category: its attributes, then its
# kinds with their fields. A field is "type name", the type ending in "*"
# for a list and "?" when it may be None.
_GRAMMAR = """
mod | | Module(stmt* body) Interactive(stmt* body) Expression(expr body) Suite(stmt* body)
stmt | lineno col_offset | FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list)
  ClassDef(identifier name, expr* bases, stmt* body, expr* decorator_list)
  Return(expr? value) Delete(expr* targets) Assign(expr* targets, expr value)
  AugAssign(expr target, operator op, expr value) Print(expr? dest, expr* values, bool nl)
  For(expr target, expr iter, stmt* body, stmt* orelse) While(expr test, stmt* body, stmt* orelse)
  If(expr test, stmt* body, stmt* orelse) With(expr context_expr, expr? optional_vars, stmt* body)
  Raise(expr? type, expr? inst, expr? tback)
  TryExcept(stmt* body, excepthandler* handlers, stmt* orelse) TryFinally(stmt* body, stmt* finalbody)
  Assert(expr test, expr? msg) Import(alias* names) ImportFrom(identifier? module, alias* names, int? level)
  Exec(expr body, expr? globals, expr? locals) Global(identifier* names) Expr(expr value)
  Pass() Break() Continue()
expr | lineno col_offset | BoolOp(boolop op, expr* values) BinOp(expr left, operator op, expr right)
  UnaryOp(unaryop op, expr operand) Lambda(arguments args, expr body)
  IfExp(expr test, expr body, expr orelse) Dict(expr* keys, expr* values) Set(expr* elts)
  ListComp(expr elt, comprehension* generators) SetComp(expr elt, comprehension* generators)
  DictComp(expr key, expr value, comprehension* generators)
  GeneratorExp(expr elt, comprehension* generators) Yield(expr? value)
  Compare(expr left, cmpop* ops, expr* comparators)
  Call(expr func, expr* args, keyword* keywords, expr? starargs, expr? kwargs)
  Repr(expr value) Num(object n) Str(string s)
  Attribute(expr value, identifier attr, expr_context ctx)
  Subscript(expr value, slice slice, expr_context ctx) Name(identifier id, expr_context ctx)
  List(expr* elts, expr_context ctx) Tuple(expr* elts, expr_context ctx)
expr_context | | Load() Store() Del() AugLoad() AugStore() Param()
slice | | Ellipsis() Slice(expr? lower, expr? upper, expr? step) ExtSlice(slice* dims) Index(expr value)
boolop | | And() Or()
operator | | Add() Sub() Mult() Div() Mod() Pow() LShift() RShift() BitOr() BitXor() BitAnd() FloorDiv()
unaryop | | Invert() Not() UAdd() USub()
cmpop | | Eq() NotEq() Lt() LtE() Gt() GtE() Is() IsNot() In() NotIn()
excepthandler | lineno col_offset | ExceptHandler(expr? type, expr? name, stmt* body)
comprehension | | =(expr target, expr iter, expr* ifs)
arguments | | =(expr* args, identifier? vararg, identifier? kwarg, expr* defaults)
keyword | | =(identifier arg, expr value)
alias | | =(identifier name, identifier? asname)
"""


class AST(object):
    # No __dict__ on the base itself: AST().x = 1 fails, as in 2.7.
    __slots__ = ()
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields or ()
        if args:
            if len(args) != len(fields):
                n = len(fields)
                raise TypeError("%s constructor takes %s%d positional argument%s" % (
                    "_ast.AST" if type(self) is AST else type(self).__name__, "either 0 or " if n else "", n, "" if n == 1 else "s"))
            for name, value in zip(fields, args):
                setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        state = getattr(self, "__dict__", None)
        if state:
            return type(self), (), state
        return type(self), ()


# name -> (category, [(field, type, list?, optional?)])
_SPECS = {}
# category -> attributes
_CATEGORY_ATTRS = {}


def _fields_of(text):
    out = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        typ, name = part.split()
        many, maybe = typ.endswith("*"), typ.endswith("?")
        out.append((name, typ.rstrip("*?"), many, maybe))
    return out


def _declare(spec):
    g = globals()
    for line in spec.replace("\n  ", " ").strip().splitlines():
        cat, attrs, kinds = [p.strip() for p in line.split("|")]
        attrs = tuple(attrs.split())
        _CATEGORY_ATTRS[cat] = attrs
        if kinds.startswith("=("):
            fields = _fields_of(kinds[2:-1])
            g[cat] = type(cat, (AST,), {"_fields": tuple(f[0] for f in fields), "_attributes": attrs,
                                          "__module__": "_ast"})
            _SPECS[cat] = (cat, fields)
            continue
        base = g[cat] = type(cat, (AST,), {"_attributes": attrs, "__module__": "_ast"})
        for kind in kinds.split(")"):
            kind = kind.strip()
            if not kind:
                continue
            name, _, text = kind.partition("(")
            fields = _fields_of(text)
            g[name] = type(name, (base,), {"_fields": tuple(f[0] for f in fields), "__module__": "_ast"})
            _SPECS[name] = (cat, fields)


_declare(_GRAMMAR)
del _declare

# Kinds without fields are shared, as 2.7 shares them.
_SHARED = {}


def _tree(t):
    """Node objects from the parser's tuples."""
    if isinstance(t, list):
        return [_tree(x) for x in t]
    if not isinstance(t, tuple):
        return t
    name = t[0]
    if len(t) == 3 and t[1] is None:
        shared = _SHARED.get(name)
        if shared is None:
            shared = _SHARED[name] = globals()[name]()
        return shared
    cls = globals()[name]
    node = cls.__new__(cls)
    d = node.__dict__
    for field, value in zip(cls._fields, t[3:]):
        d[field] = _tree(value)
    if t[1] is not None:
        d["lineno"] = t[1]
        d["col_offset"] = t[2]
    return node


_TOP = {"exec": "Module", "eval": "Expression", "single": "Interactive"}


def _flatten(node, mode):
    """The tuples for compile(), or None when `node` is no AST node."""
    if not isinstance(node, AST):
        return None
    want = _TOP.get(mode, "Module")
    if not isinstance(node, globals()[want]):
        raise TypeError("expected %s node, got %.400s" % (want, type(node).__name__))
    return _check(node, "mod", False)


def _check(node, category, maybe):
    if node is None:
        if maybe:
            return None
    if category == "identifier":
        if type(node) is not str:
            raise TypeError("AST identifier must be of type str")
        return node
    if category == "string":
        if not isinstance(node, basestring):
            raise TypeError("AST string must be of type str or unicode")
        return node
    if category in ("int", "bool"):
        if not isinstance(node, (int, long)):
            raise ValueError("invalid integer value: %r" % (node,))
        return node
    if category == "object":
        return node
    cls = _CATEGORY_CLASS.get(category)
    if cls is None or not isinstance(node, cls):
        raise TypeError("expected some sort of %s, but got %r" % (category, node))
    name = type(node).__name__
    spec = None
    for klass in type(node).__mro__:
        spec = _SPECS.get(klass.__name__)
        if spec is not None and klass.__module__ == "_ast":
            name = klass.__name__
            break
    if spec is None:
        raise TypeError("expected some sort of %s, but got %r" % (category, node))
    fields = spec[1]
    out = [name]
    attrs = _CATEGORY_ATTRS[category]
    if attrs:
        for a in attrs:
            if not hasattr(node, a):
                raise TypeError('required field "%s" missing from %s' % (a, category))
            v = getattr(node, a)
            if not isinstance(v, (int, long)):
                raise ValueError("invalid integer value: %r" % (v,))
            out.append(v)
    else:
        out.extend((None, None))
    for field, typ, many, opt in fields:
        if not hasattr(node, field):
            if many or opt:
                out.append([] if many else None)
                continue
            raise TypeError('required field "%s" missing from %s' % (field, name))
        value = getattr(node, field)
        if many:
            if not isinstance(value, list):
                raise TypeError('%s field "%s" must be a list, not a %.200s' % (
                    name, field, type(value).__name__))
            out.append([_check(v, typ, False) for v in value])
        elif value is None and not opt and typ not in ("object",):
            raise ValueError('field %s is required for %s' % (field, name))
        else:
            out.append(_check(value, typ, opt))
    return tuple(out)


_CATEGORY_CLASS = dict((c, globals()[c]) for c in _CATEGORY_ATTRS)
