# ident: None before start, thread.get_ident() of the thread, kept after it ends.
import threading
import thread

t_idents = {}
def record(key):
    t_idents[key] = (thread.get_ident(), threading.current_thread().ident)

threads = [threading.Thread(target=record, args=(i,)) for i in range(3)]
print [t.ident for t in threads]
for t in threads:
    t.start()
for t in threads:
    t.join()
for i, t in enumerate(threads):
    got, cur = t_idents[i]
    print i, t.ident == got == cur, isinstance(t.ident, (int, long)), t.ident is not None
print threading.current_thread().ident == thread.get_ident()
print threading.current_thread().ident not in [t.ident for t in threads]
