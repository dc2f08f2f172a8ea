# A thread blocked in Queue.get() does not stop the main thread.
import Queue
import threading

q = Queue.Queue()
log = []
started = threading.Event()


def consumer():
    started.set()
    log.append('got %s' % q.get())

t = threading.Thread(target=consumer)
t.start()
started.wait()
total = sum(i * i for i in range(10000))
log.append('main %d' % total)
q.put('item')
t.join()
print log
