# Global and builtin loads stay right while a module keeps rebinding its
# globals (the per-site caches and hints must notice every change), and
# attribute stores land on the right instance and entry.
import __builtin__

counter = 0


def bump():
    global counter
    counter += 1
    return len([counter])       # a builtin loaded while globals change


def use_len():
    return len("abc")


results = []
for i in range(6):
    bump()
    results.append(use_len())
    if i == 2:
        # a global shadowing the builtin: inserted while loads are cached
        def len(x):
            return -1
    if i == 4:
        del len
print results, counter

# rebinding a builtin itself
saved = __builtin__.abs
for i in range(3):
    bump()
    if i == 1:
        __builtin__.abs = lambda x: "patched"
    print abs(-5)
__builtin__.abs = saved
print abs(-7)

# a missing name after the builtin was cached, then deleted from builtins
__builtin__.extra_name = "from builtins"


def get_extra():
    return extra_name


print get_extra()
bump()
print get_extra()
del __builtin__.extra_name
try:
    get_extra()
except NameError as e:
    print "NameError:", e
extra_name = "from globals"
print get_extra()


# attribute stores through the same code on different instances and layouts
class P(object):
    pass


def setup(o, a, b):
    o.x = a
    o.y = b


objs = []
for i in range(4):
    o = P()
    if i % 2:
        o.z = "first"       # a different key order: the hints must miss
    setup(o, i, i * 10)
    setup(o, i + 1, i * 20)
    objs.append(o)
for o in objs:
    print sorted(o.__dict__.items())


class Q(object):
    __slots__ = ("x", "y")


q = Q()
setup(q, 1, 2)
print q.x, q.y
try:
    setup(object(), 1, 2)
except AttributeError as e:
    print "AttributeError:", e

# globals rebound while other functions read them
value = 0


def reader():
    return value


def writer(v):
    global value
    value = v


seen = []
for i in range(5):
    writer(i * 3)
    seen.append(reader())
print seen
