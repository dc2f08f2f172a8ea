# New-style classes: __init__, class vs instance attributes, methods.
class Point(object):
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
q = p.moved(1, 1)
print p.x, p.y, p.norm2(), q.x, q.y, Point.dims, p.dims
print Point.__name__, Point.__doc__, type(p).__name__, p.__class__.__name__
print sorted(p.__dict__.items())
p.dims = 3
print p.dims, Point.dims, q.dims
Point.dims = 10
print q.dims, p.dims
del p.dims
print p.dims
p.z = 'dynamic'
print p.z, hasattr(q, 'z')
m = p.norm2
print m(), Point.norm2(p)
class Counter(object):
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
a, b, c = Counter(), Counter(), Counter()
print a.id, b.id, c.id, Counter.instances
class Shared(object):
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print Shared.items, s1.items is s2.items
print isinstance(p, Point), isinstance(p, object), isinstance(3, Point)
