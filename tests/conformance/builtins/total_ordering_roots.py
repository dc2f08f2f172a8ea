# functools.total_ordering derives the missing comparisons from whichever
# one the class defines (<, <=, > or >=), and refuses a class with none.
from functools import total_ordering

def make(op):
    ns = {'__init__': lambda self, v: setattr(self, 'v', v),
          '__eq__': lambda self, o: self.v == o.v}
    ns[op] = {'__lt__': lambda s, o: s.v < o.v, '__le__': lambda s, o: s.v <= o.v,
              '__gt__': lambda s, o: s.v > o.v, '__ge__': lambda s, o: s.v >= o.v}[op]
    return total_ordering(type('A' + op.strip('_'), (object,), ns))

for op in ['__lt__', '__le__', '__gt__', '__ge__']:
    A = make(op)
    rows = []
    for x, y in [(1, 2), (2, 2), (3, 2)]:
        a, b = A(x), A(y)
        rows.append((a < b, a <= b, a > b, a >= b))
    print op, rows, A.__lt__.__name__ if op != '__lt__' else '-'

try:
    @total_ordering
    class N(object):
        pass
except ValueError as e:
    print 'ValueError', e
