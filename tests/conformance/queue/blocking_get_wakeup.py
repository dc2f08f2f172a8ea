# A consumer blocked in get() is woken by a put from another thread.
import Queue
import threading
import time

q = Queue.Queue()
log = []


def consumer():
    log.append('waiting')
    item = q.get()
    log.append('got %s' % item)
    item = q.get(timeout=10)
    log.append('got %s' % item)

t = threading.Thread(target=consumer)
t.start()
time.sleep(0.05)
q.put('first')
time.sleep(0.05)
q.put('second')
t.join()
print log
