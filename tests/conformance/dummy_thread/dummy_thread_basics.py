# dummy_thread: "threads" run at once in the caller; locks are flags; the errors.
import dummy_thread as t

order = []
def work(a, b=0):
    order.append(('work', a, b, t.get_ident()))
t.start_new_thread(work, (1,), {'b': 2})
order.append('after')
print order
def quits():
    t.exit()
print t.start_new_thread(quits, ())
for args in [(work, [1]), (work, (1,), [])]:
    try:
        t.start_new_thread(*args)
    except TypeError as e:
        print 'TypeError', e
lock = t.allocate_lock()
print type(lock).__name__, lock.locked(), lock.acquire(), lock.locked(), lock.acquire(0), lock.acquire(1), lock.release(), lock.locked()
try:
    lock.release()
except t.error as e:
    print 'error', e.args
with lock:
    print 'inside', lock.locked()
print lock.locked(), t.stack_size()
try:
    t.stack_size(1 << 20)
except t.error as e:
    print 'error', e
try:
    t.interrupt_main()
except KeyboardInterrupt:
    print 'KeyboardInterrupt at once'
try:
    t.start_new_thread(t.interrupt_main, ())
except KeyboardInterrupt:
    print 'KeyboardInterrupt after the thread'
