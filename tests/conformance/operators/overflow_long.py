# int overflow promotes to long transparently.
import sys
m = sys.maxint
print m, type(m).__name__
print m + 1, type(m + 1).__name__, repr(m + 1)
print -m - 1, type(-m - 1).__name__
print -m - 2, type(-m - 2).__name__
print m * 2, repr(m * 2)
print m * m
print -(-m - 1), type(-(-m - 1)).__name__
print abs(-m - 1), type(abs(-m - 1)).__name__
x = 1
for i in range(70):
    x = x * 2
print x, repr(x)
print x // 3, x % 1000, -x
print (m + 1) - 1, type((m + 1) - 1).__name__
print repr(1L), repr(0L), repr(-5L), repr(2 ** 64)
print str(2 ** 64), '%d' % 2 ** 64
print int(2 ** 64), type(int(2 ** 64)).__name__
print int(5L), type(int(5L)).__name__
print long(5), repr(long(5))
f = 1
for i in range(1, 26):
    f *= i
print f
print 12345678901234567890 * 98765432109876543210
print 2 ** 64 == 18446744073709551616, 2 ** 64 > m, -2 ** 64 < -m
