# xrange and range with negative and unusual steps.
print list(xrange(10, 0, -1))
print list(xrange(10, 0, -3)), list(xrange(0, 10, -1)), list(xrange(-5, -15, -4))
print range(5, -5, -2), range(-1, -10, -3), range(0), range(1, 1), range(3, 1)
print len(xrange(10, 0, -3)), len(xrange(0, 10, -1)), len(xrange(-10, 10, 7))
x = xrange(20, 0, -5)
print x[0], x[-1], list(x), x, 15 in x, 16 in x
print list(reversed(xrange(0, 10, 4))), sum(xrange(100, 0, -1))
for i in xrange(3, 0, -1):
    print i,
print
print xrange(5), xrange(2, 5), xrange(0, 10, 3), xrange(10, 0, -2)
try:
    xrange(0, 5, 0)
except ValueError as e:
    print 'ValueError:', e
try:
    xrange(10)[10]
except IndexError as e:
    print 'IndexError:', e
print type(xrange(3)).__name__, type(range(3)).__name__
