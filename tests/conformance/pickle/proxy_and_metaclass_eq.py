# Pickling a weak proxy pickles its referent (the proxy's __reduce_ex__ is
# the referent's); a metaclass's __eq__ decides == between classes.
import pickle, cPickle, copy_reg, weakref


class Meta(type):
    def __eq__(self, other):
        return type(self) == type(other) and self.args == other.args

    def __ne__(self, other):
        return not self == other

    def __reduce__(self):
        return (make, self.args)

    __hash__ = None


def make(name, bases):
    c = Meta(name, bases, {})
    c.args = (name, bases)
    return c


copy_reg.pickle(Meta, Meta.__reduce__)
a = make("dyn", (object,))
b = make("dyn", (object,))
print a is b, a == b, a != b, b == a
print make("other", (object,)) == a
for mod in (pickle, cPickle):
    for proto in (0, 1, 2):
        c = mod.loads(mod.dumps(a, proto))
        print mod.__name__, proto, c == a, c is a, type(c).__name__


class Cmp(type):
    def __lt__(self, other):
        return 'lt'

    def __gt__(self, other):
        return 'gt'


X = Cmp('X', (object,), {})
print X < int, int < X, X > 3


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyFloat(float):
    pass


for cls, sample in ((MyList, [1, 2]), (MyDict, {1: 2}), (MyFloat, 2.5)):
    x = cls(sample)
    x.foo = 42
    p = weakref.proxy(x)
    for mod in (pickle, cPickle):
        for proto in (0, 1, 2):
            y = mod.loads(mod.dumps(p, proto))
            print mod.__name__, proto, type(y).__name__, y, y.__dict__
