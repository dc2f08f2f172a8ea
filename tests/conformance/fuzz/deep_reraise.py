# A bare raise re-raised through thousands of frames runs in linear time
# (the traceback is shared, not copied at each frame), and its traceback
# still lists every frame once.
import sys, traceback
def deep_exc(n):
    if n == 0:
        raise ValueError('bottom')
    try:
        deep_exc(n - 1)
    except ValueError:
        raise
sys.setrecursionlimit(20000)
for n in (3, 5000, 15000):
    try:
        deep_exc(n)
    except ValueError as e:
        tb = sys.exc_info()[2]
        print n, e, len(traceback.extract_tb(tb))
try:
    deep_exc(30000)
except RuntimeError as e:
    print 'RuntimeError', e
sys.setrecursionlimit(1000)
def outer():
    try:
        deep_exc(2)
    except ValueError:
        info = sys.exc_info()
        try:
            raise
        finally:
            print 'finally sees', sys.exc_info()[1], len(traceback.extract_tb(sys.exc_info()[2]))
try:
    outer()
except ValueError:
    for f in traceback.extract_tb(sys.exc_info()[2]):
        print f[2], f[3]
