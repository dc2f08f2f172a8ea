# Equality and hash of bound and unbound methods (2.7's instancemethod:
# im_self compared with ==, builtin methods by identity).


class A(object):
    def __init__(self, x):
        self.x = x

    def f(self):
        pass

    def g(self):
        pass

    def __eq__(self, other):
        return self.x == other.x

    def __hash__(self):
        return self.x


class B(A):
    pass


a1, a2 = A(1), A(2)
print a1.f == a1.f, a1.f != a1.f
print a1.f == a2.f, a1.f == a1.g
print a1.f == A(1).f
print hash(a1.f) == hash(a1.f), hash(a1.f) == hash(A(1).f)
print A.f == a1.f, A.f == A.g, B.f == A.f, hash(B.f) == hash(A.f)
print repr(A.f), repr(B.f)
l = []
print l.__add__ == l.__add__, l.__add__ == [].__add__, l.__add__ == [5].__add__, l.__add__ == l.__mul__
try:
    hash(l.__add__)
except TypeError as e:
    print 'TypeError', e
print l.append == l.append, l.append == [].append
try:
    hash(l.append)
except TypeError as e:
    print "TypeError", e
print hash(().count) == hash(().count)
d = {a1.f: 1}
print d[A(1).f]
