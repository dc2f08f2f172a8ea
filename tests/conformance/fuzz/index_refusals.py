# How 2.7 words a refused subscript: an int index on an instance of a class
# statement's type "does not support indexing"; other keys and built-in
# objects have "no attribute '__getitem__'"; reduce() over a non-iterable.
class B(object):
    def __init__(self, k):
        self.__dict__['k'] = k
class C(object):
    pass
class D(object):
    def __getattr__(self, n):
        raise AttributeError(n)
class Ix(object):
    def __index__(self):
        return 0
for x in (B(1), C(), D(), object(), 5, None):
    for key in (0, True, 2**70, Ix(), 'a', slice(1, 2), 1.5):
        try:
            x[key]
        except Exception as e:
            print type(e).__name__, e
    try:
        x[1:2]
    except Exception as e:
        print type(e).__name__, e
for seq in (1, 1.5, None, int, [1, 2], 'ab'):
    try:
        print reduce(lambda a, b: a + b, seq)
    except TypeError as e:
        print 'TypeError', e
class BadIter(object):
    def __iter__(self):
        raise ValueError('no')
try:
    reduce(None, BadIter())
except Exception as e:
    print type(e).__name__, e
class G(object):
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i
class GL(G):
    def __len__(self):
        return 3
class Old:
    pass
class OldG:
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 2
class Dd(dict):
    pass
class Ls(list):
    pass
for x in (B(1), C(), G(), GL(), Old(), OldG(), Dd(a=1), Ls([1, 2]), {}, 5):
    try:
        print list(reversed(x))
    except Exception as e:
        print type(e).__name__, e
