# repr of threads in each state (the ident is cut off).
import threading

def strip_ident(r):
    # '<Thread(Thread-1, started 1234)>' -> '<Thread(Thread-1, started)>'
    head, sep, tail = r.rpartition(' ')
    if tail.rstrip(')>').isdigit():
        return head + ')>'
    return r

ev = threading.Event()
t = threading.Thread(target=ev.wait)
print repr(t)
print str(t) == repr(t)
t.start()
print strip_ident(repr(t))
ev.set()
t.join()
print strip_ident(repr(t))

d = threading.Thread(name="dmn")
d.daemon = True
print repr(d)

class Custom(threading.Thread):
    pass
c = Custom(name="c1")
print repr(c)
c.start(); c.join()
print strip_ident(repr(c))

print strip_ident(repr(threading.current_thread()))
print "%s" % strip_ident(str(threading.currentThread()))
