# sys.getrecursionlimit / setrecursionlimit and sys.exc_info.
import sys
print sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print sys.getrecursionlimit()
sys.setrecursionlimit(1000)
print sys.getrecursionlimit()
try:
    raise ValueError('current')
except ValueError:
    t, v, tb = sys.exc_info()
    print t.__name__, str(v)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print 'ValueError:', e
