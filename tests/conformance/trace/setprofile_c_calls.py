# setprofile sees calls of built-in functions: 'c_call' before, then
# 'c_return' or 'c_exception', each with the built-in as argument.
import sys

events = []


def prof(frame, what, arg):
    if what.startswith('c_'):
        events.append((what, arg.__name__, frame.f_code.co_name, frame.f_lineno))
    else:
        events.append((what, frame.f_code.co_name))


def work(x):
    l = []
    l.append(len(x))
    try:
        len(5)
    except TypeError as e:
        l.append(str(e))
    try:
        l.pop(7)
    except IndexError as e:
        l.append(str(e))
    d = {}
    d.setdefault('k', abs(-3))
    int('4')  # a type: no c_call
    return l, sorted(d.items())


sys.setprofile(prof)
r = work('abcd')
sys.setprofile(None)
print r
for e in events:
    print e

# An error in the profile function turns profiling off and propagates.
def bad(frame, what, arg):
    if what == 'c_call':
        raise KeyError(arg.__name__)

def g():
    return max(1, 2)

sys.setprofile(bad)
try:
    g()
except KeyError as e:
    print 'KeyError', e
print sys.getprofile()

# settrace alone sees no c_ events.
seen = []
def tr(frame, what, arg):
    seen.append(what)
    return tr
sys.settrace(tr)
g()
sys.settrace(None)
print seen
