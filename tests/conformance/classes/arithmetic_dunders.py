# Arithmetic special methods including reflected and in-place forms.
class V(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'V(%r, %r)' % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return V(self.x + o, self.y + o)
    def __radd__(self, o):
        print 'radd', o
        return V(o + self.x, o + self.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __div__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return V(abs(self.x), abs(self.y))
    def __invert__(self):
        return V(~self.x, ~self.y)
    def __and__(self, o):
        return 'and'
    def __or__(self, o):
        return 'or'
    def __xor__(self, o):
        return 'xor'
    def __lshift__(self, o):
        return 'lshift'
    def __rshift__(self, o):
        return 'rshift'
a, b = V(1, 2), V(10, 20)
print a + b, a + 1, 1 + a, b - a, a * 3, 3 * a, b / 3, b // 3, b % 3, a ** 2
print -a, +a, abs(V(-1, 2)), ~a, a & b, a | b, a ^ b, a << 1, a >> 1
print sum([a, b], V(0, 0)), sum([a, b])
class Acc(object):
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print '__add__'
        return Acc(self.v + o)
    def __iadd__(self, o):
        print '__iadd__'
        self.v += o
        return self
    def __imul__(self, o):
        print '__imul__'
        self.v *= o
        return self
    def __isub__(self, o):
        print '__isub__ returns a new object'
        return Acc(self.v - o)
acc = Acc(1)
orig = acc
acc += 5
print acc.v, acc is orig
acc *= 2
print acc.v, acc is orig
acc -= 1
print acc.v, acc is orig
class OnlyAdd(object):
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
x += 2
print x.v
class NoOps(object):
    pass
try:
    NoOps() + 1
except TypeError as e:
    print 'TypeError:', e
try:
    1 + NoOps()
except TypeError as e:
    print 'TypeError:', e
class NI(object):
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return 'NI radd'
print 5 + NI()
try:
    NI() + NI()
except TypeError as e:
    print 'TypeError:', e
