# Helper for exit_status.py: exits as argv[1] says.
import sys
what = sys.argv[1]
if what == 'neg':
    sys.exit(-1)
elif what == 'big':
    sys.exit(256)
elif what == 'b257':
    sys.exit(257)
elif what == 'huge':
    sys.exit(2**40 + 3)
elif what == 'long':
    sys.exit(5L)
elif what == 'msg':
    sys.exit('bye now')
elif what == 'none':
    sys.exit(None)
elif what == 'true':
    sys.exit(True)
elif what == 'false':
    sys.exit(False)
elif what == 'tuple':
    sys.exit((1, 2))
elif what == 'float':
    raise SystemExit(2.5)
elif what == 'list':
    raise SystemExit([3])
elif what == 'two':
    raise SystemExit(4, 'x')
elif what == 'code':
    e = SystemExit(3)
    e.code = 9
    raise e
elif what == 'bare':
    raise SystemExit
elif what == "thread":
    import threading
    def body():
        sys.exit(7)
    t = threading.Thread(target=body)
    t.start()
    t.join()
    import thread
    done = []
    def body2():
        done.append(1)
        raise SystemExit(8)
    thread.start_new_thread(body2, ())
    import time
    while not done:
        time.sleep(0.01)
    time.sleep(0.05)
    print 'main still alive'
    sys.exit(3)
elif what == 'exitfunc':
    def f():
        sys.exit(-2)
    sys.exitfunc = f
    print 'set'
