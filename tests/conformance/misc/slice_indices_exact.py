# slice.indices() exactly as 2.7.18 computes it: clamping, None ends, saturated longs, __index__,
# and the wrapped answers CPython gives for a negative length (it does not refuse one).
import sys
cases = [slice(None), slice(1,5), slice(None,None,-1), slice(-10,10,2), slice(5,1,-2), slice(2**70,-2**70,-1),
         slice(-2**70, 2**70), slice(None, None, -2**70), slice(3, None, 3), slice(None, -1)]
for s in cases:
    for n in (0, 1, 3, 10, -3, -1, 2**62, sys.maxsize, 3L):
        print s, n, s.indices(n)
for bad in (slice(None,None,0), slice('a'), slice(1,'b')):
    try: bad.indices(3)
    except Exception as e: print type(e).__name__, e
for badn in (2**64, 'x', 1.5, None):
    try: print slice(1).indices(badn)
    except Exception as e: print type(e).__name__, e
class I(object):
    def __index__(self): return 2
print slice(I(), I()).indices(I())
