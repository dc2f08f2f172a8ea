# struct.pack of a float or an object with only __int__ for an integer code
# still works in 2.7 but warns (DeprecationWarning, at the caller's line).
import struct
import warnings

class OnlyInt(object):
    def __int__(self):
        return 7

class BadIndex(object):
    def __index__(self):
        raise TypeError
    def __int__(self):
        return 42

class Indexable(object):
    def __index__(self):
        return 5

def show(fmt, *args):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = repr(struct.pack(fmt, *args))
        except (TypeError, struct.error) as e:
            r = '%s: %s' % (type(e).__name__, e)
        print fmt, r, [(x.category.__name__, str(x.message), x.lineno > 0) for x in w]

show('b', 1.0)
show('>H', 1.5)
show('<q', OnlyInt())
show('i', BadIndex())
show('i', Indexable())
show('2s3i', 'ab', 1, 2.0, OnlyInt())
show('l', 3 + 42j)
show('d', 1.5)
show('f', OnlyInt())
show('5x2h', 1, 2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print repr(struct.Struct('<I').pack(2.0)), [str(x.message) for x in w]
