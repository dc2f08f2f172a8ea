# repr of a bound method includes repr() of the instance.
class Circle(object):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3 * self.r ** 2
    def __repr__(self):
        return 'Circle(%r)' % self.r
c = Circle(2)
print c.area
print repr(Circle(5).area)
print Circle.area
class Old:
    def m(self): pass
    def __repr__(self): return 'Old()'
print Old().m
