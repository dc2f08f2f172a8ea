# Subclasses of list: inherited methods work on the built-in list inside.
class L(list):
    def total(self):
        return sum(self)
l = L([3, 1, 2])
print l, len(l), l.total(), type(l).__name__, isinstance(l, list)
l.append(5); l.extend([0]); l.insert(0, 9)
print l, l.pop(), l.pop(0), l.index(2), l.count(1)
l.sort(); print l
l.reverse(); print l
l.remove(3); print l
print l[0], l[-1], l[1:], type(l[1:]).__name__, 2 in l, 7 in l
l[0] = 'x'; del l[1]; print l
print l + [1], type(l + [1]).__name__, [0] + l, l * 2, type(l * 2).__name__
l += [7]; print l, type(l).__name__
print L() == [], L([1]) == [1], L([1, 2]) < [1, 3], [1] == L([1]), L([1]) != L([2])
print list(L('abc')), [x for x in L([1, 2])], sorted(L([3, 2, 1])), bool(L()), bool(L([0]))
try:
    hash(L())
except TypeError as e:
    print 'TypeError:', e
class Init(list):
    def __init__(self, n):
        list.__init__(self, range(n))
        self.n = n
i = Init(4)
print i, i.n, len(i)
list.__init__(i, 'ab')
print i
class Logged(list):
    def append(self, x):
        print 'append', x
        list.append(self, x * 2)
g = Logged()
g.append(1); g.append(2)
print g, repr(g), str(g)
class Rev(list):
    def __iter__(self):
        return iter(sorted(list.__iter__(self), reverse=True))
r = Rev([1, 3, 2])
print list(r), [x for x in r], 2 in r, len(r)
print list.__len__([1, 2]), list.__getitem__([5, 6], 1), list.__contains__([1], 1)
try:
    list.append(3, 4)
except TypeError as e:
    print 'TypeError:', e
try:
    list.append()
except TypeError as e:
    print 'TypeError:', e
print list.__add__([1], [2]), [1, 2].__mul__(2), [1].__rmul__(3), [1, 2].__eq__(5)
