# Bound and unbound methods, methods stored in containers, self binding.
class A(object):
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
    def add(self, k):
        return self.n + k
a1, a2 = A(1), A(2)
m = a1.get
print m(), a2.get(), A.get(a2), A.add(a1, 10)
methods = [a1.get, a2.get]
print [f() for f in methods]
print map(A.get, [a1, a2]), map(a1.add, [1, 2])
print m.__self__ is a1, m.im_self is a1, m.__func__ is A.__dict__['get'], m.__name__
a1.n = 100
print m()
def external(self):
    return 'external sees %d' % self.n
A.ext = external
print a2.ext()
a2.inst_fn = lambda: 'instance attr, not bound'
print a2.inst_fn()
print a1.get == a1.get, a1.get == a2.get
