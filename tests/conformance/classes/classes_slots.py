# __slots__ restricts instance attributes and removes the instance __dict__.
class Point(object):
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print p.x, p.y, hasattr(p, '__dict__')
try:
    p.z = 3
except AttributeError as e:
    print 'AttributeError:', e
class P3(Point):
    __slots__ = ('z',)
q = P3(1, 2)
q.z = 3
print q.z, hasattr(q, '__dict__')
try:
    q.w = 4
except AttributeError as e:
    print 'AttributeError:', e
class Loose(Point):
    pass
r = Loose(0, 0)
r.anything = 1
print r.anything
print Point.__slots__
