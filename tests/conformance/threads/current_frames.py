# sys._current_frames: the caller's own frame and a blocked thread's stack.
import sys, threading, thread, traceback
entered_g = threading.Event()
leave_g = threading.Event()
thread_info = []
def f123():
    g456()
def g456():
    thread_info.append(thread.get_ident())
    entered_g.set()
    leave_g.wait()
t = threading.Thread(target=f123)
t.start()
entered_g.wait()
thread_id = thread_info[0]
import time
# The thread may still be on its way into leave_g.wait(); minipy lists a
# thread once it blocks or runs (not while it queues for the GIL), so wait
# until it shows (at once under CPython).
deadline = time.time() + 10
while thread_id not in sys._current_frames() and time.time() < deadline:
    time.sleep(0.01)
try:
    d = sys._current_frames()
    print thread.get_ident() in d, thread_id in d
    print d.pop(thread.get_ident()) is sys._getframe()
    stack = traceback.extract_stack(d.pop(thread_id))
    names = [row[2] for row in stack]
    i = names.index('f123')
    print stack[i][3], stack[i + 1][2], stack[i + 1][3] in ('leave_g.wait()', 'entered_g.set()')
    print type(sys._current_frames()).__name__
finally:
    leave_g.set()
    t.join()
try:
    sys._current_frames(1)
except TypeError as e:
    print e
