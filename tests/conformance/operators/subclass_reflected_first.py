# A right operand of a derived class that overrides the reflected method is
# asked first (arithmetic), and a derived class's reflected comparison goes
# first; heapq.heappop of an empty heap.
class V(object):
    def __init__(self, v): self.v = v
    def __add__(self, o): return 'V.add'
    def __radd__(self, o): return 'V.radd'
    def __sub__(self, o): return 'V.sub'
    def __lt__(self, o): return 'V.lt'
    def __gt__(self, o): return 'V.gt'
    def __eq__(self, o): return 'V.eq'
class W(V):
    def __radd__(self, o): return 'W.radd'
    def __gt__(self, o): return 'W.gt'
class X(V):
    pass
class NI(V):
    def __radd__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
class Y(V):
    def __rsub__(self, o): return 'Y.rsub'
print V(1) + W(2), W(1) + V(2), V(1) + X(2), X(1) + V(2), V(1) + NI(2)
print V(1) < W(2), W(1) < V(2), V(1) < X(2), V(1) > W(2), V(1) == W(2), V(1) == NI(2), NI(1) == V(2)
print V(1) - Y(2), Y(1) - V(1)
class MyInt(int):
    def __radd__(self, o): return 'MyInt.radd'
    def __gt__(self, o): return 'MyInt.gt'
print 1 + MyInt(2), MyInt(2) + 1, 1 < MyInt(5), MyInt(5) < 1
import heapq
for f in [heapq.heappop, lambda h: heapq.heapreplace(h, 1)]:
    try:
        f([])
    except IndexError as e:
        print 'IndexError', e
