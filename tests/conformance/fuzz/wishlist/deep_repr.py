# Found by the fuzzer (hang): repr/str of a container nested 30000 deep.
# CPython stops at the recursion limit at once; minipy has no repr depth
# limit and builds the text in quadratic time (seconds, then a time-out).
def nest(n, wrap):
    v = []
    for i in range(n):
        v = wrap(v)
    return v
for name, wrap in [('list', lambda v: [v]), ('tuple', lambda v: (v,)), ('dict', lambda v: {1: v})]:
    for f in (repr, str):
        try:
            n = len(f(nest(30000, wrap)))
            print name, f.__name__, n
        except RuntimeError as e:
            print name, f.__name__, 'RuntimeError:', e
