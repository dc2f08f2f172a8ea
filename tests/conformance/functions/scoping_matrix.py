# -*- coding: utf-8 -*-
# Free variables, UnboundLocalError, class scope, global, closures, default args.
import sys, os, time, math, string
def outer():
    def inner(): return x
    r = inner
    x = 1
    return r
try:
    print outer()()
except Exception as e:
    print "EXC", type(e).__name__, e
def outer2():
    def inner(): return y
    return inner()
    y = 1
try:
    print outer2()
except Exception as e:
    print "EXC", type(e).__name__, e
def f3():
    print z
    z = 1
try:
    print f3()
except Exception as e:
    print "EXC", type(e).__name__, e
class C(object):
    cv = 5
    def m(self): return cv
try:
    print C().m()
except Exception as e:
    print "EXC", type(e).__name__, e
x = 'global'
def g():
    global x
    x = 'changed'
try:
    print g() or x
except Exception as e:
    print "EXC", type(e).__name__, e
def h():
    x = 'local'
    def k():
        global x
        return x
    return k()
try:
    print h()
except Exception as e:
    print "EXC", type(e).__name__, e
def fdel():
    a = 1
    del a
    return a
try:
    print fdel()
except Exception as e:
    print "EXC", type(e).__name__, e
def gdel():
    global zz
    del zz
def counter():
    n = [0]
    def inc(): n[0] += 1; return n[0]
    return inc
c = counter(); c()
try:
    print c(), c()
except Exception as e:
    print "EXC", type(e).__name__, e
def lam():
    return [(lambda: v) for v in 'ab']
try:
    print [f() for f in lam()]
except Exception as e:
    print "EXC", type(e).__name__, e
def defaults(a=[]):
    a.append(1); return a
try:
    print defaults(), defaults(), defaults([0])
except Exception as e:
    print "EXC", type(e).__name__, e
fs = []
for i in range(3):
    def fn(): return i
    fs.append(fn)
try:
    print [f() for f in fs]
except Exception as e:
    print "EXC", type(e).__name__, e
class D(object):
    x = 1
    y = [x for _ in range(2)]
try:
    print D.y
except Exception as e:
    print "EXC", type(e).__name__, e
def gen_scope():
    t = 5
    return list(t + i for i in range(2))
try:
    print gen_scope()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print locals() is globals(), 'x' in globals(), vars() is globals()
except Exception as e:
    print "EXC", type(e).__name__, e
def loc(a, b=2):
    c = 3
    return sorted(locals().items())
try:
    print loc(1)
except Exception as e:
    print "EXC", type(e).__name__, e
def nested_def():
    def a(): return b()
    def b(): return 'b'
    return a()
try:
    print nested_def()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print undefined_thing
except Exception as e:
    print "EXC", type(e).__name__, e
