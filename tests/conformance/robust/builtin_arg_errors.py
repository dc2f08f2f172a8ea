# apply, buffer, compile and __import__ refuse bad arguments with 2.7's
# messages; type.__repr__ is type's own slot; bytearray (not its
# subclasses) is unhashable; a metaclass's __repr__ gives its classes' reprs.


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e
    else:
        print label, '=>', r if isinstance(r, (int, long, str)) else type(r).__name__


t('apply list args', lambda: apply(len, [[1, 2]]))
t('apply tuple+dict', lambda: apply(max, (1, 5), {}))
t('apply int args', lambda: apply(len, 1))
t('apply set args', lambda: apply(len, set([1])))
t('apply dict args', lambda: apply(len, {1: 2}))
t('apply None args', lambda: apply(len, None))
t('apply int kwargs', lambda: apply(len, (1,), 1))
t('apply None kwargs', lambda: apply(len, ([],), None))
t('apply no args', lambda: apply())

t('buffer()', lambda: buffer())
t('buffer 4 args', lambda: buffer('a', 0, 1, 2))
t('buffer str offset', lambda: buffer('abc', 'b'))
t('buffer float size', lambda: buffer('abc', 0, 1.5))
t('buffer kw', lambda: buffer('abc', offset=1))
t('buffer ok', lambda: str(buffer('abcdef', 1, 3)))

t('compile int source', lambda: compile(1, 'f', 'exec'))
t('compile str flags', lambda: compile('1', 'f', 'exec', 'x'))
t('compile float flags', lambda: compile('1', 'f', 'exec', 1.0))
t('compile bad flags', lambda: compile('1', 'f', 'exec', 1 << 30))
t('compile bad mode first', lambda: compile(1, 'f', 'nope'))
t('compile dont_inherit kw', lambda: eval(compile('6*7', 'f', 'eval', dont_inherit=1)))
t('compile bad dont_inherit', lambda: compile('1', 'f', 'exec', 0, 'x'))

t('__import__ str level', lambda: __import__('os', None, None, None, 'x'))
t('__import__ float level', lambda: __import__('os', None, None, None, 1.5))
t('__import__ ok', lambda: __import__('os', None, None, None, -1).__name__)

t('type.__repr__()', lambda: type.__repr__())
t('type.__repr__(1)', lambda: type.__repr__(1))
t('type.__repr__(int)', lambda: type.__repr__(int))
t('hash(bytearray())', lambda: hash(bytearray('x')))
t('{bytearray: 1}', lambda: {bytearray(): 1})


class B(bytearray):
    pass


b = B()
t('subclass hashable', lambda: hash(b) == hash(b) and b in {b: 1})


class M(type):
    def __repr__(cls):
        return 'M(' + type.__repr__(cls) + ')'


class A(object):
    __metaclass__ = M


t('meta repr', lambda: repr(A))
t('meta str', lambda: str(A))
t('meta repr in list', lambda: repr([A]))
