# `/=` under `from __future__ import division` divides truly, also through
# __truediv__ and __itruediv__.
from __future__ import division
class A(object):
    def __init__(self, v): self.v = v
    def __truediv__(self, o): return A(self.v / o)
    def __repr__(self): return "A(%r)" % self.v
class B(A):
    def __itruediv__(self, o):
        self.v = self.v * 100
        return self
def f():
    x = 7
    x /= 2
    y = 7
    y //= 2
    a = A(3)
    a /= 2
    b = B(3)
    b /= 2
    l = [9]
    l[0] /= 2
    return x, y, a, b, l
print f()
z = 9
z /= 4
print z
