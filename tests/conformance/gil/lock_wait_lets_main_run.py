# A thread blocked in lock.acquire() does not stop the main thread.
import threading

lock = threading.Lock()
log = []
lock.acquire()


def waiter():
    log.append('waiting')
    lock.acquire()
    log.append('acquired')
    lock.release()

t = threading.Thread(target=waiter)
t.start()
while not log:
    pass
total = 0
for i in range(20000):
    total += i
log.append('main computed %d' % total)
lock.release()
t.join()
print log
