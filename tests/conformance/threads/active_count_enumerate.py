# active_count / activeCount / enumerate before, during and after threads.
import threading

print threading.active_count(), threading.activeCount()
print [t.name for t in threading.enumerate()]

go = threading.Event()
ready = []
lock = threading.Lock()
def wait_here():
    with lock:
        ready.append(1)
    go.wait()

ts = [threading.Thread(target=wait_here, name="w%d" % i) for i in range(4)]
# Not started: not counted.
print threading.active_count()
for t in ts:
    t.start()
# start() returns once the thread runs, so they are all counted.
print threading.active_count(), threading.activeCount()
print sorted(t.name for t in threading.enumerate())
print all(t in threading.enumerate() for t in ts)
go.set()
for t in ts:
    t.join()
# After join() they are gone.
print threading.active_count()
print [t.name for t in threading.enumerate()]
print type(threading.enumerate()).__name__
