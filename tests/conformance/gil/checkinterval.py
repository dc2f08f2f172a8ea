# sys.getcheckinterval / sys.setcheckinterval with ordinary values.
import sys

print sys.getcheckinterval()
for n in [10, 1, 1000, 100000, 100]:
    sys.setcheckinterval(n)
    print n, sys.getcheckinterval()
print sys.setcheckinterval(50) is None, sys.getcheckinterval()
sys.setcheckinterval(100)
