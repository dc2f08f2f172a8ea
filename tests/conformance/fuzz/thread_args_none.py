# Found by the fuzzer: Thread(target=f, args=None) ran f() with no arguments;
# CPython's run() fails on *None and the thread prints the traceback.
import threading, sys
def f(*a):
    print 'f called with', a
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e
    else:
        print label, '=>', r
th = threading.Thread(target=f, args=None)
show('run() with args=None', th.run)
show('run() again (target deleted)', th.run)
th2 = threading.Thread(target=f, args=(1, 2))
show('run() with args=(1, 2)', th2.run)
th3 = threading.Thread(target=f, args=[3])
show('run() with args=[3]', th3.run)
th4 = threading.Thread(target=f, args=1)
show('run() with args=1', th4.run)
th5 = threading.Thread(args=None)
show('run() without target', th5.run)
sys.stdout.flush()
