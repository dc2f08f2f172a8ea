# Builtins that CPython declares without keywords refuse them; sorted,
# enumerate and round take theirs by name, with CPython's messages.
for src in ["sorted()", "sorted(iterable=[3,1,2])", "sorted([3,1,2], reverse=True)", "sorted([3,1,2], None, None, True)",
            "sorted([3,1], foo=1)", "sorted([3,1], cmp=None, key=None, reverse=False, x=1)", "sorted([3, 1], iterable=[2])",
            "sorted([1,2], lambda a, b: cmp(b, a))", "sorted('ab', reverse=1.0)",
            "list(enumerate(sequence='ab', start=3))", "list(enumerate('ab', start='a'))", "list(enumerate())", "list(enumerate('ab', 1, 2))",
            "round(number=2.5)", "round(2.567, ndigits=2)", "round()", "round(1, 2, 3)", "round(x=1)",
            "len(x=1)", "sum([1], start=2)", "exit(zzz=1)", "coerce(1, y=2)",
            "getattr(1, 'real', default=0)", "max(1, 2, key=None)", "min([], key=len)"]:
    try:
        print src, repr(eval(src))
    except TypeError as e:
        print src, 'TypeError', e
    except ValueError as e:
        print src, 'ValueError', e
try:
    exit(code=3)
except SystemExit as e:
    print 'SystemExit', e.code
import __builtin__
for n in ("len repr abs id hash callable chr unichr ord cmp isinstance issubclass getattr setattr delattr "
          "hasattr iter next range sum all any zip map filter reduce divmod pow hex oct bin format "
          "raw_input intern apply coerce reload").split():
    try:
        getattr(__builtin__, n)(zzz=1)
    except TypeError as e:
        print n, e
