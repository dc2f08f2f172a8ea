# Found by the fuzzer: thread.start_new_thread accepted a non-callable and
# started a thread that then failed; CPython refuses it up front.
import thread, threading
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e
    else:
        print label, '=>', type(r).__name__
show('start_new_thread(1, ())', lambda: thread.start_new_thread(1, ()))
show('start_new_thread(None, 1)', lambda: thread.start_new_thread(None, 1))
show("start_new_thread('x', (), {})", lambda: thread.start_new_thread('x', (), {}))
show('start_new_thread(len, 1)', lambda: thread.start_new_thread(len, 1))
show('start_new_thread(len, (), 1)', lambda: thread.start_new_thread(len, (), 1))
show('start_new_thread(len)', lambda: thread.start_new_thread(len))
done = threading.Event()
seen = []
def worker(a, b=0):
    seen.append((a, b))
    done.set()
show('start_new_thread(worker, (1,), {"b": 2})', lambda: thread.start_new_thread(worker, (1,), {'b': 2}))
done.wait(10)
print 'done', done.is_set(), seen
