# tuple methods and tuple subclasses.
t = (1, 2, 3, 2, 1)
print t.index(2), t.index(2, 2), t.index(1, -1), t.count(2), t.count(9), t.count(1.0)
try:
    t.index(2, 4)
except ValueError as e:
    print 'ValueError:', e
print t.__len__(), t.__getitem__(1), t.__contains__(3), t.__add__((9,)), t.__mul__(2), t[1:3]
class P(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    def norm(self):
        return self[0] ** 2 + self[1] ** 2
p = P(3, 4)
print p, p.norm(), len(p), p[0], p[-1], list(p), p == (3, 4), type(p).__name__
x, y = p
print x, y, p + (5,), type(p + (5,)).__name__, hash(p) == hash((3, 4))
d = {p: 'point'}
print d[(3, 4)], (3, 4) in d, P(1, 2) < (1, 3), 4 in p, p.index(4), p.count(3)
class T(tuple):
    pass
tt = T([1, 2, 3])
print tt, tt[1:], len(tt), sorted(tt, reverse=True), T() == (), T('ab')
print sorted([T((2, 1)), T((1, 2))]), max(T((5, 9, 2)))
print [(1, [2])].count((1, [2])), [(1, [2])].index((1, [2])), (1, [2]) in [(1, [2])]
