# -*- coding: utf-8 -*-
# Function attributes (func_*, __defaults__, co_*) and argument-count errors.
import sys, os, time, math, string
def f(a, b=2, *args, **kw): "doc"; return a
def g(x, y): return x
def h(): pass
def k(a, (b, c)=(1, 2)): return a + b + c
try:
    print f.__name__, f.func_name, f.__doc__, f.func_doc
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print f.__defaults__, f.func_defaults, g.func_defaults
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print f.func_code.co_argcount, f.__code__.co_varnames, f.func_code.co_name
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print f.func_code.co_filename, f.func_code.co_firstlineno
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print k(1), k(1, (5, 6))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print g(1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print g(1, 2, 3)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print g(1, y=2, x=3)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print g(z=1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print g()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print h(1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print h(a=1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print f()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print f(1, 2, 3, 4, x=5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print f(1, a=2)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print g(*[1], **{'y': 2})
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print g(*5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print g(**[1])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print g(1, *[2, 3])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print g(1, **{'y': 2, 'z': 3})
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print (lambda x, y=1: x + y)(1), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(a=1, b=2)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print (lambda: 0)(1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print len()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print len(1, 2)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print abs()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print [].append()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print [].append(1, 2)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print {}.get()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'abc'.split(1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print isinstance(1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print sorted(1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print h.__name__, h.__dict__, setattr(h, 'attr', 1), h.attr, h.__dict__
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print repr(h).startswith('<function h at 0x')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print type(f).__name__, f.__class__.__name__
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print str.upper.__name__, len.__name__, [].append.__name__, 'x'.upper.__self__ if False else ''
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print max.__name__, type(max).__name__
except Exception as e:
    print "EXC", type(e).__name__, e
