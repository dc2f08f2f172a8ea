# The ** operator with ints, longs, floats and negative exponents.
print 2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2
print 2 ** -1, 2 ** -2, 10 ** -3
print type(2 ** -1).__name__
print 2 ** 62, type(2 ** 62).__name__
print 2 ** 63, type(2 ** 63).__name__
print 2 ** 100
print 3 ** 40
print 2.0 ** 3, 4 ** 0.5, 2 ** 0.5 == 2 ** 0.5
print (-8) ** 2, 1 ** 1000, (-1) ** 1001
print pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7)
print 2 ** 3 ** 2, (2 ** 3) ** 2
print 10L ** 2, type(10L ** 2).__name__
x = 3
x **= 4
print x
try:
    print 0 ** -1
except ZeroDivisionError as e:
    print 'ZeroDivisionError:', e
try:
    print pow(2, -1, 5)
except TypeError as e:
    print 'TypeError:', e
