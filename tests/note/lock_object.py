# The note's "The Lock object" example.
# Filled in where the blog lost lines: the body of put_obj() and the
# acquire()/release() around `r = data.pop()` (marked "added"). The lines at
# the end (also "added") use the functions from several threads.
import threading

data = [ ]                            # Some data
lck = threading.Lock()            # Create a lock
def put_obj(obj):
    lck.acquire()                               # added
    data.append(obj)                            # added
    lck.release()                               # added
def get_obj():
    lck.acquire()                               # added
    r = data.pop()
    lck.release()                               # added
    return r

got = []                                        # added
def producer(k):                                # added
    for i in range(50):                         # added
        put_obj((k, i))                         # added
def consumer():                                 # added
    for i in range(50):                         # added
        got.append(get_obj())                   # added
producers = [threading.Thread(target=producer, args=(k,)) for k in range(3)]   # added
consumers = [threading.Thread(target=consumer) for k in range(3)]             # added
for t in producers: t.start()                   # added
for t in producers: t.join()                    # added
print len(data)                                 # added
for t in consumers: t.start()                   # added
for t in consumers: t.join()                    # added
print len(got), sorted(got) == [(k, i) for k in range(3) for i in range(50)], data   # added
