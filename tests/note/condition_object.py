# The note's "The Condition object" example (producer / consumer).
# Filled in where the blog lost lines (marked "added"): `import threading`,
# `data.append(obj)` in produce_item(), and the threads at the end.
import threading                                # added
data = []                      # Create data queue and a condition variable
cv = threading.Condition()
# Consumer thread
def consume_item():
    cv.acquire()              # Acquire the lock
    while not len(data):
        cv.wait()             # Wait for data to show up
    r = data.pop()
    cv.release()             # Release the lock
    return r
# Producer thread
def produce_item(obj):
    cv.acquire()            # Acquire the lock
    data.append(obj)                            # added
    cv.notify()              # Notify a consumer
    cv.release()           # Release the lock

consumed = []                                   # added
lock = threading.Lock()                         # added
def consumer():                                 # added
    for i in range(10):                         # added
        item = consume_item()                   # added
        with lock:                              # added
            consumed.append(item)               # added
def producer(base):                             # added
    for i in range(15):                         # added
        produce_item(base + i)                  # added
cs = [threading.Thread(target=consumer) for i in range(3)]            # added
ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]  # added
for t in cs + ps: t.start()                     # added
for t in cs + ps: t.join()                      # added
print sorted(consumed) == range(15) + range(100, 115), data           # added
