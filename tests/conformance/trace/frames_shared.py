# sys._getframe gives the same frame objects the trace and profile functions
# receive; a generator keeps one frame object across resumes.
import sys
import threading

ids = {}
def ident(frame):
    return ids.setdefault(id(frame), len(ids) + 1)

log = []
def prof(frame, what, arg):
    if frame.f_code.co_name in ('f', 'gen'):
        log.append((ident(frame), what, frame.f_code.co_name))

def gen():
    for i in range(3):
        log.append((ident(sys._getframe()), 'inside', 'gen'))
        yield i

def f():
    log.append((ident(sys._getframe()), 'inside', 'f'))
    return len('ab')

sys.setprofile(prof)
f()
sys.setprofile(None)
for e in log:
    print e

# f_back chain and f_code attributes of _getframe's frames.
def outer():
    return inner()
def inner():
    fr = sys._getframe()
    names = []
    while fr is not None:
        names.append(fr.f_code.co_name)
        fr = fr.f_back
    c = sys._getframe(1).f_code
    return names, c.co_name, c.co_argcount, sys._getframe(1).f_lineno
print outer()
try:
    sys._getframe(1000)
except ValueError as e:
    print 'ValueError', e

# f_trace set on a frame before settrace is used once tracing starts (bdb).
lines = []
def local(frame, what, arg):
    lines.append((what, frame.f_lineno - base))
    return local
def glob(frame, what, arg):
    return None
def traced():
    me = sys._getframe()
    me.f_trace = local
    sys.settrace(glob)
    a = 1
    b = 2
    sys.settrace(None)
base = traced.func_code.co_firstlineno
traced()
print lines

# Assigning f_lineno outside the code block.
def jumper(to):
    def t(frame, what, arg):
        if what == 'line' and frame.f_code.co_name == 'victim':
            try:
                frame.f_lineno = to
            except ValueError as e:
                out.append(str(e).replace(str(to), 'N'))
            return None
        return t
    return t
def victim():
    x = 1
    return x
for to in (1, 100000):
    out = []
    sys.settrace(jumper(to))
    try:
        victim()
    except ValueError as e:
        out.append(str(e).replace(str(to), 'N'))
    sys.settrace(None)
    print out

# threading.settrace / setprofile: for threads started afterwards.
got = []
def ttrace(frame, what, arg):
    if frame.f_code.co_name == 'work':
        got.append(('trace', what))
    return None
def tprof(frame, what, arg):
    if what == 'call' and frame.f_code.co_name == 'work':
        got.append(('profile', what))
def work():
    return 1
threading.settrace(ttrace)
threading.setprofile(tprof)
t = threading.Thread(target=work)
t.start()
t.join()
threading.settrace(None)
threading.setprofile(None)
t = threading.Thread(target=work)
t.start()
t.join()
print sorted(got)
print sys.gettrace(), sys.getprofile()
