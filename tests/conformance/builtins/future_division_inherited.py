# eval, exec and input() inherit the caller's `from __future__ import division`
# (the functions and nested code of the module too).
from __future__ import division
import sys
import StringIO

print eval('1/2'), eval('7//2')
exec 'print 1/2'
exec 'def f(a, b): return a / b'
print f(1, 4)


def g():
    return eval('3/4')


print g()
ns = {}
exec 'x = 1/8' in ns
print ns['x']
sys.stdin = StringIO.StringIO('1/2\n5/2\n')
print input(), input()
sys.stdin = sys.__stdin__
