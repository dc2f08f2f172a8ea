# repr of an xrange shows start + len * step as its stop, clamped to a C long.
import sys
M = sys.maxint
for t in [(0, M, M - 1), (0, -M, 1 - M), (-M, M, 10585), (M, -M, -10585), (M, 0, -1), (-2, 2, 2), (13, 21, 3)]:
    r = xrange(*t)
    print repr(r), len(r), r[-1] if len(r) else None
print repr(xrange(5, 2)), repr(xrange(0)), repr(xrange(-3)), repr(xrange(3, 10, 1)), repr(xrange(1, 10, 4))
