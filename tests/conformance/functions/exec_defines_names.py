# A function containing an exec statement looks up the names it does not
# bind in its locals dict first, so names that exec defines are found
# (CPython's unoptimized functions); sys.py3kwarning exists.
def f():
    exec 'z = 1 + 1'
    return z
print f()
def g():
    exec """\
def helper((a, b)):
    return a + b
""" in locals()
    return helper((1, 2))
print g()
def h():
    x = 1
    exec 'y = x * 10'
    return y, sorted(k for k in locals() if k != 'k')
print h()
def k():
    return len
print k()([1])
def m():
    exec 'pass'
    return len([1, 2]), m.__name__
print m()
def n():
    try:
        return undefined_name
    except NameError as e:
        return str(e)
    exec ''
print n()
import sys
print sys.py3kwarning
