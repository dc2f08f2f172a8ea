# A global counter updated with `with lock:` from 4 threads, and an
# attribute counter updated under an RLock.
import threading

count = 0
lock = threading.Lock()


class Box(object):
    pass

box = Box()
box.n = 0
rlock = threading.RLock()


def work():
    global count
    for i in range(3000):
        with lock:
            count += 1
        with rlock:
            with rlock:
                box.n += 2

ts = [threading.Thread(target=work) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print count, box.n
