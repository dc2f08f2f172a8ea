# What __len__ may return: CPython converts it like an index (longs that
# fit, floats truncated, objects with __int__); negatives and huge values fail.
class I(object):
    def __int__(self):
        return 3


for r in [2L, 1.5, 1e20, -1L, 2 ** 70, -2 ** 70, float('inf'), -0.5, -1.5, I(), 'x', None, True, 0]:
    class L(object):
        def __len__(self):
            return r
    try:
        print type(r).__name__, len(L()),
    except Exception as e:
        print type(r).__name__, type(e).__name__, e,
    try:
        print bool(L())
    except Exception as e:
        print type(e).__name__, e
