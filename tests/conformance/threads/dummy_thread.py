# Threads started with thread.start_new_thread show up as _DummyThread.
import thread
import threading

t1 = threading.Thread()
print t1.name

done = thread.allocate_lock()
done.acquire()
info = []
def body():
    cur = threading.current_thread()
    info.append((cur.name, type(cur).__name__, cur.daemon, cur.is_alive()))
    info.append(cur is threading.current_thread())
    info.append(cur in threading.enumerate())
    try:
        cur.join()
    except AssertionError as e:
        info.append("AssertionError: %s" % e)
    # A Thread made here inherits the dummy's daemon flag.
    info.append(threading.Thread().daemon)
    done.release()

thread.start_new_thread(body, ())
done.acquire()
for x in info:
    print x
t2 = threading.Thread()
print t2.name
# The dummy thread stays in the registry after its OS thread ended (as in 2.7).
names = sorted(t.name for t in threading.enumerate())
print names
print threading.active_count()
