# minipy-test: ulimit-v=4000000
# repr, str and comparisons of very deeply nested containers raise
# RuntimeError at the recursion limit (quickly) instead of hanging or
# overflowing the stack; hashing nested frozensets is not quadratic.
import sys
def mk(kind, n):
    x = kind()
    for i in range(n):
        if kind is list:
            x = [x]
        elif kind is dict:
            x = {1: x}
        elif kind is tuple:
            x = (x,)
        elif kind is frozenset:
            x = frozenset([x])
    return x
for kind in [list, dict, tuple, frozenset]:
    n = 16000 if kind is frozenset else 100000
    x = mk(kind, n)
    checks = [('repr', repr), ('str', str), ('eq', lambda x: x == mk(kind, n)),
              ('hash', hash), ('cmp', lambda x: cmp(x, mk(kind, n)))]
    if kind is not frozenset:
        checks.append(('lt', lambda x: x < mk(kind, n)))
    for name, f in checks:
        try:
            r = f(x)
            print kind.__name__, name, 'ok', type(r).__name__
        except (RuntimeError, TypeError) as e:
            print kind.__name__, name, type(e).__name__, e
# Shallow nesting is fine.
print repr(mk(list, 50))[:10], len(repr(mk(tuple, 100)))
