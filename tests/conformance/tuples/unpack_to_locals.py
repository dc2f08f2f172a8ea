# Unpacking into a function's locals (UnpackSequence followed by stores):
# store order, sizes, lists and tuples, nested targets, under a tracer.
def f():
    a, a = 1, 2
    print a
    l = [1, [2], "x"]
    x, y, z = l
    print x, y, z
    t = (4, 5)
    p, q = t
    print p, q
    for i, j in [(1, 2), [3, 4]]:
        print i, j
    try:
        u, v = [1, 2, 3]
    except ValueError as e:
        print e
    try:
        u, v = (1,)
    except ValueError as e:
        print e
    l2 = [l, 1]
    l, w = l2
    print l, w
    (m, n), o = (1, 2), 3
    print m, n, o
    def g():
        s = [9, 8]
        s, k = s
        return s, k
    print g()
f()
import sys
def tr(frame, ev, arg):
    if ev == 'line': print 'line', frame.f_lineno - frame.f_code.co_firstlineno
    return tr
def h():
    a, b = [1,
            2]
    return a + b
sys.settrace(tr)
print h()
sys.settrace(None)
