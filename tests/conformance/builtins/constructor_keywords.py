# Keyword arguments of the builtin constructors: list/tuple take `sequence`,
# bool takes `x`, int/long need a string with `base`; unknown names and too
# many arguments are errors.
for src in ["list(x=1)", "list(sequence=[1])", "list(sequence='ab')",
            "tuple(x=1)", "tuple(sequence=[1])", "bool(x=1)", "bool(x=0)",
            "bool(y=1)", "bool(1, x=1)", "int(base=10)", "long(base=10)",
            "int('5', base=8)", "int(x='11', base=2)", "list([1], sequence=[1])",
            "tuple([1], [2])", "list([1], foo=2)", "str(object=5)",
            "float(x='1.5')"]:
    try:
        print src, repr(eval(src))
    except TypeError as e:
        print src, 'TypeError', e
