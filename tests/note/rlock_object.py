# The note's "The RLock object" example, with threading.RLock() instead of
# the threading.Lock() the note prints (that version blocks forever, see
# _rlock_with_lock.py).
# Filled in where the blog lost lines (marked "added"): the acquire/append
# before the recursion, a condition that ends it, the release after it, the
# body of get_obj() around `r = data.pop()`, and the calls at the end.
import threading

data = [ ]                  # Some data
lck = threading.RLock()  # Create a lock       (changed: the note says threading.Lock())
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

put_obj(3)                                      # added
print data                                      # added
ts = [threading.Thread(target=put_obj, args=(n,)) for n in (2, 4)]     # added
for t in ts: t.start()                          # added
for t in ts: t.join()                           # added
print sorted(data)                              # added
print [get_obj() for i in range(3)]             # added
print len(data)                                 # added
