# __del__: when the last reference goes, order, resurrection, errors.
import sys


class Capture(object):
    """Stands in for sys.stderr; reports are printed without addresses."""
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def report(self):
        text = "".join(self.parts)
        self.parts = []
        out = []
        i = 0
        while i < len(text):
            if text.startswith("0x", i):
                out.append("0x?")
                i += 2
                while i < len(text) and text[i] in "0123456789abcdefABCDEF":
                    i += 1
            else:
                out.append(text[i])
                i += 1
        return "".join(out)


log = []


class A(object):
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append(self.n)
        print "del", self.n


a = A(1)
del a
print "after del", log

b = A(2)
b = None
print "after rebind", log


def f():
    local = A(3)
    return 5

print f(), log

# A container's items die in order when it goes.
items = [A(10), A(11), A(12)]
del items
print "after list", log

# A chain: the outer object's death drops the inner one.
outer = A(20)
outer.inner = A(21)
del outer
print "after chain", log

# Dict value replaced.
d = {"k": A(30)}
d["k"] = A(31)
print "after replace", log
d.clear()
print "after clear", log

# Resurrection: __del__ stores self somewhere; it runs again at the next death.
saved = []


class R(object):
    count = 0

    def __del__(self):
        R.count += 1
        print "R.__del__", R.count
        if R.count < 2:
            saved.append(self)

r = R()
r.payload = "kept"
del r
print "resurrected:", len(saved), saved[0].payload
del saved[:]
print "count", R.count, len(saved)

# Errors in __del__ are reported on stderr and swallowed.
cap = Capture()
old = sys.stderr
sys.stderr = cap


class E(object):
    def __del__(self):
        raise ValueError("boom")


class E2(object):
    def __del__(self):
        return self.missing


class E3(object):
    def __del__(self):
        raise KeyError


e = E()
del e
e = E2()
del e
e = E3()
del e
sys.stderr = old
print cap.report()
print "still running"


# Inherited __del__ and __del__ added to the class later.
class Base(object):
    def __del__(self):
        print "Base.__del__ of", type(self).__name__


class Derived(Base):
    pass

x = Derived()
del x


class Late(object):
    pass

Late.__del__ = lambda self: sys.stdout.write("late del\n")
y = Late()
del y

# Subclass of a built-in type.


class L(list):
    def __del__(self):
        print "L del", len(self)

z = L([1, 2, 3])
del z

# Exceptions being handled are not disturbed by a __del__.
try:
    raise KeyError("outer")
except KeyError:
    t = A(40)
    del t
    print "exc_info", sys.exc_info()[1]
print "end", log
