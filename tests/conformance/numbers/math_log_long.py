# math.log/log10 of longs too large for a float; float/long comparisons.
import math, sys
for v in [10**1000, 10**10000, -(1L<<10000), -2L, 0L, 2**1100]:
    for f in (math.log, math.log10):
        try: print f(v),
        except Exception as e: print type(e).__name__, e,
    print
try: print math.log(10**1000, 2)
except Exception as e: print type(e).__name__, e
t = long(1e200)
cases = [1e200, t-1, t, t+1, 1L<<20000, float(sys.maxint), sys.maxint, 2.0**53+1.0, long(2.0**53)+1, 2**53]
cases += [-x for x in cases]
for x in cases:
    print [cmp(x, y) for y in cases], [x == y for y in cases].count(True)
