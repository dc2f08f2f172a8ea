# Rich comparisons and __cmp__.
class Version(object):
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __ne__(self, other):
        return self.parts != other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print a == c, a != c, a < b, a <= c, b > a, b >= a, a > b
print sorted([b, a, Version(0, 9)]), max(a, b), min([b, a])
print a in [b, c], [a, b].index(c)
verbose = [True]
class Old(object):
    def __init__(self, v):
        self.v = v
    def __cmp__(self, other):
        if verbose[0]:
            print 'cmp', self.v, other.v
        return cmp(self.v, other.v)
x, y = Old(1), Old(2)
print x < y
print x == Old(1)
print cmp(x, y), cmp(y, x)
verbose[0] = False
print [o.v for o in sorted([Old(3), Old(1), Old(2)])]
class OnlyLt(object):
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
print [o.v for o in sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)])]
print OnlyLt(1) > OnlyLt(0)
class Reflect(object):
    def __eq__(self, other):
        return 'Reflect.__eq__ called'
    def __lt__(self, other):
        return 'Reflect.__lt__'
    def __gt__(self, other):
        return 'Reflect.__gt__'
print Reflect() == 1, 1 == Reflect(), 5 < Reflect(), Reflect() < 5
class NoEq(object):
    pass
n = NoEq()
print n == n, n == NoEq(), n != n
class NotImpl(object):
    def __eq__(self, other):
        return NotImplemented
print NotImpl() == 3
