# settrace, setprofile, stack_size, ThreadError.
import thread
import threading

def tracer(*args):
    return tracer
print threading.settrace(tracer), threading.setprofile(tracer)
print threading.settrace(None), threading.setprofile(None)
t = threading.Thread(target=lambda: None)
t.start(); t.join()
print "thread ran"

print threading.stack_size()
for size in (0, -1, 100, 32767, 32768, 1 << 20, 0):
    try:
        print size, "->", threading.stack_size(size)
    except ValueError as e:
        print size, "ValueError:", e
print threading.stack_size()

print issubclass(threading.ThreadError, Exception), threading.ThreadError.__name__
try:
    threading.Lock().release()
except threading.ThreadError as e:
    print "ThreadError:", e
try:
    threading.current_thread(1)
except TypeError:
    print "current_thread takes no arguments"
