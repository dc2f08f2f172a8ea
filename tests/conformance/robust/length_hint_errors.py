# Errors raised by __len__ while list()/tuple()/extend/sorted/map/zip/
# filter/f(*x) take an iterable's length hint propagate (CPython's
# _PyObject_LengthHint), except the TypeError and AttributeError of an odd
# __len__; errors of __iter__ and next() always propagate. Also bytearray
# items given as one-character strings.
class BadLen(object):
    def __init__(self, exc): self.exc = exc
    def __len__(self): raise self.exc
    def __iter__(self): return iter(['a', 'b'])
class BadIter(object):
    def __iter__(self): raise ValueError('iter boom')
class BadNext(object):
    def __iter__(self): return self
    def next(self): raise KeyError('next boom')
class BadLenVal(object):
    def __len__(self): return 'x'
    def __iter__(self): return iter([1])
class NegLen(object):
    def __len__(self): return -1
    def __iter__(self): return iter([1])
def t(label, f):
    try:
        print label, '=>', repr(f())
    except Exception as e:
        print label, '->', type(e).__name__, e
for exc in [ValueError('len boom'), TypeError('len type'), AttributeError('len attr'), RuntimeError('rt')]:
    b = BadLen(exc)
    t('join', lambda: ''.join(b))
    t('list', lambda: list(b))
    t('tuple', lambda: tuple(b))
    t('extend', lambda: [].extend(b))
    t('sorted', lambda: sorted(b))
    t('set', lambda: set(b))
    t('dict.fromkeys', lambda: dict.fromkeys(b))
    t('map', lambda: map(None, b))
    t('zip', lambda: zip(b))
    t('filter', lambda: filter(None, b))
    t('bytearray', lambda: bytearray(b))
    t('tuple-unpack', lambda: (lambda x, y: x + y)(*b))
    t('min', lambda: min(b))
    t('sum', lambda: sum(b, ''))
    t('reduce', lambda: reduce(lambda x, y: x + y, b))
    t('len', lambda: len(b))
    t('enumerate', lambda: list(enumerate(b)))
    t('in', lambda: 'a' in b)
    t('str.join-list', lambda: ','.join(list(b)))
for cls in [BadIter, BadNext, BadLenVal, NegLen]:
    b = cls()
    for name, f in [('join', lambda: ''.join(b)), ('list', lambda: list(b)), ('tuple', lambda: tuple(b)),
                    ('extend', lambda: [].extend(b)), ('map', lambda: map(None, b)), ('zip', lambda: zip(b)),
                    ('filter', lambda: filter(None, b)), ('set', lambda: set(b)), ('sorted', lambda: sorted(b)),
                    ('bytearray', lambda: bytearray(b)), ('len', lambda: len(b))]:
        t(cls.__name__ + ' ' + name, f)

b = bytearray(3)
b[0] = 'a'
b.append('z')
print repr(b)
t('append-long-str', lambda: b.append('zz'))
t('append-int', lambda: b.append(300))
