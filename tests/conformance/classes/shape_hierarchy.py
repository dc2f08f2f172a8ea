# Shape class hierarchy with super(), __str__/__repr__, __lt__ sorting, class counters.
import math
class Shape(object):
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def __str__(self):
        return "%s with area %.2f" % (self.name, self.area())
    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.name)
    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        super(Circle, self).__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2

class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
        self.name = "square"

shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
for s in shapes:
    print s
print shapes
print sorted(shapes)
print max(shapes), min(shapes)
print Shape.count
print isinstance(shapes[2], Rect), issubclass(Square, Shape), Square.__mro__
print Square.__bases__, Square.__name__, Square.__module__
try:
    Shape("x").area()
except NotImplementedError as e:
    print "error:", e
print str(Shape.count), repr(Circle(2))
print Circle.area
