# sys.settrace / sys.setprofile: the events, their order, frame attributes
import sys

def f(x):
    y = x + 1
    for i in range(2):
        y += i
    return y

def g():
    try:
        raise ValueError('a')
    except ValueError:
        pass
    return f(3)

def gen(n):
    for i in range(n):
        yield i

def boom():
    return 1 / 0

log = []
def tracer(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__, str(arg[1])
    locs = sorted(frame.f_locals) if event != 'line' else ''
    log.append((event, frame.f_code.co_name, frame.f_lineno, arg, locs))
    return tracer

sys.settrace(tracer)
g()
list(gen(2))
try:
    boom()
except ZeroDivisionError:
    pass
sys.settrace(None)
for entry in log:
    print entry
print sys.gettrace()

# A global function that returns None: no local events for that frame.
calls = []
def calls_only(frame, event, arg):
    calls.append((event, frame.f_code.co_name))
sys.settrace(calls_only)
f(1)
g()
sys.settrace(None)
print calls

# The local function's result replaces f_trace; f_back links the frames.
seen = []
def outer_tracer(frame, event, arg):
    if frame.f_code.co_name == 'f':
        seen.append(('back', frame.f_back.f_code.co_name))
        return local
    return None
def local(frame, event, arg):
    seen.append((event, frame.f_lineno))
    return None
sys.settrace(outer_tracer)
g()
sys.settrace(None)
print seen

# A trace function that raises: tracing stops and the error propagates.
def bad(frame, event, arg):
    raise KeyError('in tracer')
sys.settrace(bad)
try:
    f(1)
except KeyError as e:
    print 'KeyError', e
print sys.gettrace()

plog = []
def prof(frame, event, arg):
    if not event.startswith('c_'):
        plog.append((event, frame.f_code.co_name, arg))
sys.setprofile(prof)
f(1)
list(gen(1))
sys.setprofile(None)
print plog
print sys.getprofile()
