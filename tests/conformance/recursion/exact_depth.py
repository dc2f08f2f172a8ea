# The exact depth reached before RuntimeError at several recursion limits; repr recursion; self-containing containers.
import sys
def measure():
    depth = [0]
    def rec(n):
        depth[0] = n
        rec(n + 1)
    try:
        rec(1)
    except RuntimeError as e:
        return depth[0], str(e)
print measure()
for lim in (30, 100, 250):
    sys.setrecursionlimit(lim)
    print lim, measure()
sys.setrecursionlimit(1000)
class R(object):
    def __init__(self, n): self.n = n
    def __repr__(self):
        return 'R(%r)' % (R(self.n + 1) if self.n < 5 else 'end')
print repr(R(0))
def mutual_a(n): return mutual_b(n + 1)
def mutual_b(n): return mutual_a(n + 1)
try:
    mutual_a(0)
except RuntimeError as e:
    print 'mutual', e
l = []
l.append(l)
print l, str(l)
d = {}
d['self'] = d
print d
def count_down(n):
    if n == 0: return 'bottom'
    return count_down(n - 1)
print count_down(990)
try:
    print count_down(1005)
except RuntimeError as e:
    print 'too deep', e
