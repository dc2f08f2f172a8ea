# A Vector class with arithmetic, comparison, container and hash dunders.
class Vector(object):
    def __init__(self, *coords):
        self.coords = tuple(coords)
    def __repr__(self):
        return "Vector%r" % (self.coords,)
    def __add__(self, other):
        return Vector(*[a + b for a, b in zip(self.coords, other.coords)])
    def __sub__(self, other):
        return Vector(*[a - b for a, b in zip(self.coords, other.coords)])
    def __mul__(self, k):
        return Vector(*[a * k for a in self.coords])
    __rmul__ = __mul__
    def __div__(self, k):
        return Vector(*[a / k for a in self.coords])
    def __truediv__(self, k):
        return Vector(*[a / float(k) for a in self.coords])
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(a * a for a in self.coords) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords
    def __ne__(self, other):
        return not self == other
    def __len__(self):
        return len(self.coords)
    def __getitem__(self, i):
        return self.coords[i]
    def __iter__(self):
        return iter(self.coords)
    def __nonzero__(self):
        return any(self.coords)
    def __hash__(self):
        return hash(self.coords)
    def __iadd__(self, other):
        print "iadd called"
        return self + other

v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print v + w, v - w, v * 2, 3 * v, -v, abs(Vector(3, 4))
print v / 2, w / 4
print v == Vector(1, 2, 3), v != w, v == 5
print len(v), v[0], v[-1], v[1:], list(v)
print bool(Vector(0, 0)), bool(v)
d = {v: 'v'}
print d[Vector(1, 2, 3)]
v += w
print v
x, y, z = v
print x, y, z
print 2 in v, 9 in v
print sum([Vector(1, 1), Vector(2, 2)], Vector(0, 0))
try:
    v + 1
except AttributeError as e:
    print "AttributeError:", e
try:
    v < w
    print "compared"
except TypeError as e:
    print "TypeError", e
