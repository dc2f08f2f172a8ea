# pickle/cPickle: instances (__getstate__/__setstate__, __reduce__,
# __reduce_ex__, __getnewargs__, slots, subclasses of built-ins), Pickler
# and Unpickler classes, persistent ids, copy_reg, errors
import pickle, cPickle, copy_reg
import StringIO


class A(object):
    def __init__(self):
        self.x = [1, 2]


class B(object):
    def __getstate__(self):
        return {'s': 5}

    def __setstate__(self, st):
        self.st = st


class C(object):
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (C, (self.v,))


class D(object):
    __slots__ = ('a', 'b')

    def __getstate__(self):
        return (None, {'a': self.a})


class E(int):
    pass


class F(list):
    pass


class G(object):
    def __getnewargs__(self):
        return (3,)

    def __new__(cls, *a):
        o = object.__new__(cls)
        o.a = a
        return o


class H(dict):
    pass


class S(object):
    __slots__ = ('p',)


class R(object):
    def __reduce_ex__(self, proto):
        return (R, (), {'proto': proto})


class Empty(object):
    pass


class Named(object):
    def __reduce__(self):
        return 'named_instance'

named_instance = Named()


def show(o):
    if isinstance(o, type) or not hasattr(o, '__class__') or callable(o):
        return getattr(o, '__name__', '?')
    d = getattr(o, '__dict__', None)
    extra = sorted(d.items()) if d is not None else ''
    slots = [(n, getattr(o, n, None)) for n in getattr(type(o), '__slots__', ())]
    base = ''
    if isinstance(o, (int, list, dict)):
        base = type(o).__bases__[0](o)
    return '%s %r %r %r' % (type(o).__name__, extra, slots, base)


def make():
    d = D()
    d.a = 1
    d.b = 2
    f = F([1, 2])
    f.attr = 'x'
    h = H()
    h['k'] = 1
    s = S()
    s.p = 4
    return [A(), B(), C(7), d, E(5), f, G(), h, s, R(), Empty(), named_instance,
            A, len, C, pickle.PickleError]

for o in make():
    for p in (0, 1, 2):
        for mod in (pickle, cPickle):
            try:
                data = mod.dumps(o, p)
                print mod.__name__, p, type(o).__name__, repr(data)
                other = cPickle if mod is pickle else pickle
                print '   ', show(mod.loads(data)), '|', show(other.loads(data))
            except Exception as e:
                print mod.__name__, p, type(o).__name__, type(e).__name__, e

a = A()
shared = [a, a, (a,)]
for p in (0, 1, 2):
    for mod in (pickle, cPickle):
        print repr(mod.dumps(shared, p))
        r = mod.loads(mod.dumps(shared, p))
        print r[0] is r[1], r[2][0] is r[0]


# errors while pickling
class BadReduce(object):
    def __reduce__(self):
        return 42


class BadTuple(object):
    def __reduce__(self):
        return (BadTuple,)


class BadArgs(object):
    def __reduce__(self):
        return (BadArgs, [1])


class NotCallable(object):
    def __reduce__(self):
        return (5, ())


def local_function():
    pass
saved = local_function
del local_function

for o in [BadReduce(), BadTuple(), BadArgs(), NotCallable(), saved, S()]:
    for mod in (pickle, cPickle):
        try:
            mod.dumps(o, 2)
            print 'no error'
        except (pickle.PicklingError, cPickle.PicklingError, TypeError) as e:
            msg = str(e)
            if ' at 0x' in msg:
                msg = msg[:msg.index(' at 0x')]
            print mod.__name__, type(e).__name__, msg


# Pickler / Unpickler objects, dump/load on files, memo sharing
f = StringIO.StringIO()
pk = pickle.Pickler(f, 2)
lst = [1]
pk.dump(lst)
pk.dump(lst)
print repr(f.getvalue())
f.seek(0)
up = pickle.Unpickler(f)
first = up.load()
second = up.load()
print first, second, first is second
f = StringIO.StringIO()
pickle.dump({'a': 1}, f, 1)
cPickle.dump((1, 'b'), f, 0)
f.seek(0)
print pickle.load(f), cPickle.load(f)


# persistent ids
class PersPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('ext:'):
            return obj[4:]
        return None


class PersUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded<%s>' % pid

for p in (0, 1, 2):
    f = StringIO.StringIO()
    PersPickler(f, p).dump(['ext:one', 'plain', 'ext:two'])
    print repr(f.getvalue())
    f.seek(0)
    print PersUnpickler(f).load()
try:
    pickle.loads('Pabc\n.')
except AttributeError as e:
    print 'AttributeError', e
try:
    cPickle.loads('Pabc\n.')
except cPickle.UnpicklingError as e:
    print 'UnpicklingError', e


# copy_reg
class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return Point, (p.x, p.y)

copy_reg.pickle(Point, reduce_point)
for p in (0, 2):
    data = pickle.dumps(Point(1, 2), p)
    print repr(data), repr(cPickle.dumps(Point(1, 2), p))
    q = cPickle.loads(data)
    print q.x, q.y
copy_reg.add_extension('__main__', 'Point', 240)
print repr(pickle.dumps(Point, 2)), repr(pickle.dumps(Point, 1))
print pickle.loads(pickle.dumps(Point, 2)) is Point
copy_reg.remove_extension('__main__', 'Point', 240)
try:
    copy_reg.pickle(Point, 5)
except TypeError as e:
    print 'TypeError', e
try:
    copy_reg.add_extension('m', 'n', 0)
except ValueError as e:
    print 'ValueError', e
print copy_reg.__newobj__(A).__class__.__name__
print copy_reg._reconstructor(F, list, [1, 2])
