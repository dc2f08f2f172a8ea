# Wrong argument counts and types for the builtin types and functions, in
# CPython's words (PyArg_ParseTupleAndKeywords vs PyArg_UnpackTuple).
for src in ["str(1, 2)", "float(1, 2)", "int(1, 2, 3)", "long(1, 2, 3)", "bool(1, 2)", "list(1, 2)", "tuple(1, 2)", "set(1, 2)", "frozenset(1, 2)", "dict(1, 2)", "type(1, 2)", "object(1)", "xrange()", "xrange(1, 2, 3, 4)", "slice()", "slice(1, 2, 3, 4)", "enumerate()", "reversed()", "reversed(1, 2)", "property(1, 2, 3, 4, 5)", "staticmethod()", "classmethod(1, 2)", "super()", "file()", "open()", "chr(1.5)", "chr('a')", "ord(1)", "ord('ab')", "unichr('a')", "abs()", "divmod(1)", "iter()", "iter(1, 2, 3)", "next()", "hash()", "id(1, 2)", "round()", "min()", "sum()", "sorted()", "map()", "filter(None)", "zip(1)", "getattr(1)", "range()", "range(1, 2, 3, 4)", "isinstance(1)", "format()", "format(1, 2, 3)", "cmp(1)", "pow(1)", "pow(1, 2, 3, 4)", "setattr(1, 2)", "vars(1, 2)", "dir(1, 2)", "repr()", "hex()", "callable()", "len()", "intern(1)", "apply()", "reduce(1)", "coerce(1)", "compile()", "raw_input(1, 2)"]:
    try:
        eval(src)
        print src, 'ok'
    except Exception as e:
        print src, type(e).__name__, e
