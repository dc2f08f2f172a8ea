# Thread attributes, thread module lock, RLock, Semaphore, Condition, Timer, local, Event.
import threading, thread, time, Queue
print threading.current_thread().name, threading.currentThread().getName(), threading.main_thread if hasattr(threading, 'main_thread') else 'no main_thread'
t = threading.Thread(target=lambda: None, name='T1')
print t.name, t.getName(), t.daemon, t.isDaemon(), t.is_alive(), t.isAlive(), t.ident
t.setName('T2'); t.setDaemon(True)
print t.name, t.daemon
t.start(); t.join()
print t.is_alive(), type(t.ident)
try:
    t.start()
except RuntimeError as e:
    print 'RuntimeError', e
def work(a, b=0, **kw):
    print 'work', a, b, sorted(kw.items()), threading.current_thread().name
w = threading.Thread(target=work, args=(1,), kwargs={'b': 2, 'c': 3}, name='W')
w.start(); w.join()
done = []
lock = thread.allocate_lock()
lock.acquire()
def bg(x):
    done.append(x)
    lock.release()
thread.start_new_thread(bg, ('ok',))
lock.acquire()
print done, lock.locked()
lock.release()
print lock.acquire(False), lock.acquire(False), lock.locked()
lock.release()
rl = threading.RLock()
rl.acquire(); rl.acquire(); rl.release(); rl.release()
try:
    rl.release()
except RuntimeError as e:
    print 'RuntimeError', e
l = threading.Lock()
try:
    l.release()
except thread.error as e:
    print 'thread.error', e
sem = threading.Semaphore(2)
print sem.acquire(), sem.acquire(), sem.acquire(False)
sem.release(); sem.release()
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print 'ValueError', e
cond = threading.Condition()
items = []
def producer():
    for i in range(5):
        with cond:
            items.append(i)
            cond.notify()
def consumer(out):
    got = 0
    while got < 5:
        with cond:
            while not items:
                cond.wait()
            out.append(items.pop(0))
            got += 1
out = []
c = threading.Thread(target=consumer, args=(out,)); p = threading.Thread(target=producer)
c.start(); p.start(); p.join(); c.join()
print out
res = []
tm = threading.Timer(0.02, lambda: res.append('fired'))
tm.start(); tm.join()
print res
tm2 = threading.Timer(10, lambda: res.append('never')); tm2.start(); tm2.cancel(); tm2.join()
print res
local = threading.local()
local.v = 'main'
def setlocal():
    local.v = 'thread'
    res.append(local.v)
th = threading.Thread(target=setlocal); th.start(); th.join()
print local.v, res
e = threading.Event()
print e.is_set(), e.isSet(), e.wait(0.01)
e.set(); print e.wait(), e.is_set(); e.clear(); print e.is_set()
print len(threading.enumerate()), threading.activeCount()
q = Queue.Queue(maxsize=2)
print q.maxsize, q.empty(), q.full()
q.put_nowait(1); q.put(2)
print q.full(), q.get_nowait(), q.get(block=False), q.empty()
try:
    q.task_done(); q.task_done(); q.task_done()
except ValueError as e:
    print 'ValueError', e
