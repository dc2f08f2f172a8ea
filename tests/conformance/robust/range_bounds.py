# xrange iteration and reversed() at the i64 bounds: no overflow, no lost item.
import sys
M = sys.maxsize; m = -M - 1
print list(reversed(xrange(M - 3, M)))
print list(reversed(xrange(m, m + 3)))
r = reversed(xrange(m, m + 2**21)); last = None
for last in r: pass
print last
r = reversed(xrange(M - 2**21, M, 1)); n = 0
for x in r: n += 1
print n, x
for x in xrange(M - 5, M, 2): print x,
print
for x in xrange(m + 5, m, -2): print x,
print
print list(xrange(M - 1, M, 7)), list(reversed(xrange(m, m + 1, 3)))
