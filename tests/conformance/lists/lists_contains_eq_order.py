# 'x in seq' compares as x == item (x's __eq__ first).
class K(object):
    def __init__(self, n): self.n = n
    def __eq__(self, other):
        print 'eq(%s, %s)' % (self.n, other.n),
        return self.n == other.n
a, b = K('a'), K('b')
x = K('b')
print x in [a, b]
print x in (a, b)
