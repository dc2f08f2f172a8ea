# sys.setcheckinterval stores zero and negative values as given, and
# rejects non-integers.
import sys

for n in [0, -5, 7]:
    sys.setcheckinterval(n)
    print n, sys.getcheckinterval()
for bad in ['x', 2.5, None]:
    try:
        sys.setcheckinterval(bad)
    except TypeError as e:
        print 'TypeError:', e
print sys.getcheckinterval()
sys.setcheckinterval(100)
