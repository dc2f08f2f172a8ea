# Argument errors of Thread.__init__ and of the methods.
import threading

def attempt(label, fn):
    try:
        fn()
        print label, "ok"
    except Exception as e:
        print label, type(e).__name__, e

attempt("group", lambda: threading.Thread(group=1))
attempt("group positional", lambda: threading.Thread("g"))
attempt("too many", lambda: threading.Thread(None, None, None, (), {}, None, "extra"))
attempt("unknown keyword", lambda: threading.Thread(foo=1))
attempt("twice", lambda: threading.Thread(None, target=None, group=None))
attempt("verbose", lambda: threading.Thread(verbose=None))
t = threading.Thread()
attempt("start arg", lambda: t.start(1))
attempt("is_alive arg", lambda: t.is_alive(1))
attempt("setName none", lambda: t.setName())
attempt("getName arg", lambda: t.getName(1))

# Bad args only fail when the thread runs the target.
import sys
class Capture(object):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def first_and_last(self):
        lines = "".join(self.parts).strip().split("\n")
        return lines[0], lines[-1]
cap = Capture()
sys.stderr = cap
def two(a, b):
    pass
t = threading.Thread(target=two, args=(1,))
t.start()
t.join()
sys.stderr = sys.__stderr__
print cap.first_and_last()
