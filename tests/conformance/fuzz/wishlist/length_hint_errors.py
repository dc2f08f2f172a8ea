# Found by the fuzzer (hang): list(x), ''.join(x), tuple(x) ask len(x) for a
# size hint first; CPython lets exceptions other than TypeError and
# AttributeError out of __len__, minipy ignores __len__ and iterated an
# endless __getitem__ sequence (bounded here at 100000 items).
class S(object):
    def __init__(self, exc): self.exc = exc
    def __len__(self): raise self.exc
    def __getitem__(self, i):
        if i >= 100000:
            raise IndexError(i)
        return 'a'
for exc in (KeyboardInterrupt, ValueError('v'), TypeError('t'), AttributeError('a')):
    for name, f in [('list', list), ('tuple', tuple), ('join', ''.join)]:
        try:
            r = len(f(S(exc)))
        except BaseException as e:
            r = '%s: %s' % (type(e).__name__, e)
        print type(exc).__name__ if not isinstance(exc, type) else exc.__name__, name, r
