# get/put with a timeout succeed when the other side acts in time.
import Queue
import threading
import time

q = Queue.Queue(1)


def later(f, *args):
    time.sleep(0.05)
    f(*args)

t = threading.Thread(target=later, args=(q.put, 'hello'))
t.start()
print q.get(timeout=10)
t.join()
q.put('fill')
t = threading.Thread(target=later, args=(q.get,))
t.start()
q.put('again', True, 10)
t.join()
print q.get_nowait(), q.empty()
