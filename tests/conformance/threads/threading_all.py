# The public names of the module.
import threading
print sorted(threading.__all__)
before = set(globals())
from threading import *
print sorted(k for k in globals() if k not in before and k != "before")
print enumerate is threading.enumerate
for name in ("Thread", "Timer", "Lock", "RLock", "Condition", "Semaphore",
             "BoundedSemaphore", "Event", "local", "ThreadError",
             "current_thread", "currentThread", "active_count", "activeCount",
             "enumerate", "settrace", "setprofile", "stack_size"):
    print name, callable(getattr(threading, name))
for name in ("Thread", "Lock", "RLock", "Condition", "Semaphore", "BoundedSemaphore", "Event"):
    print name, callable(getattr(threading, name)), hasattr(threading, name)
