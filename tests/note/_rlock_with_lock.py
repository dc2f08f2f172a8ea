# The note's "The RLock object" example, as printed: it creates a plain
# threading.Lock(), so the recursive put_obj() blocks forever on its second
# acquire() (in CPython too). The harness skips it (leading underscore);
# rlock_object.py is the same code with threading.RLock().
# Filled in where the blog lost lines (marked "added"): the acquire/append
# before the recursion, a condition that ends it, the release after it, the
# body of get_obj() around `r = data.pop()`, and the calls at the end.
import threading

data = [ ]                  # Some data
lck = threading.Lock()  # Create a lock
def put_obj(obj):
    lck.acquire()                               # added
    data.append(obj)                            # added
    if obj <= 0:                                # added
        lck.release(); return                   # added
    otherobj = obj - 1                          # added
    put_obj(otherobj)   # Some kind of recursion
    lck.release()                               # added
def get_obj():
    lck.acquire()                               # added
    r = data.pop()
    lck.release()                               # added
    return r

put_obj(3)                                      # added (blocks forever)
print data                                      # added
