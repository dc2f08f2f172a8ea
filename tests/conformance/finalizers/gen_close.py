# A dropped suspended generator is closed: GeneratorExit at its yield.
import sys


def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print "finally", tag

it = g("a")
it.next()
it = None
print "after a"

it = g("b")
del it
print "after b (never started)"


def k():
    try:
        yield 1
    except GeneratorExit:
        print "got GeneratorExit"
        raise

for v in k():
    break
print "after loop"


def nested():
    try:
        for x in g("inner"):
            yield x
    finally:
        print "nested finally"

n = nested()
n.next()
del n
print "after nested"


def with_cm():
    class CM(object):
        def __enter__(self):
            print "enter"

        def __exit__(self, *a):
            print "exit", a[0].__name__
    with CM():
        yield 1

w = with_cm()
w.next()
w = None
print "after with"


class Capture(object):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

cap = Capture()
old = sys.stderr
sys.stderr = cap


def h():
    try:
        yield 1
    finally:
        yield 2

x = h()
x.next()
del x


def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")

y = bad()
y.next()
del y
sys.stderr = old
for line in "".join(cap.parts).splitlines():
    print line.split(" at 0x")[0]
print "end"
