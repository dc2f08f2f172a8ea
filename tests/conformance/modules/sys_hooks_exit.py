import sys, __builtin__, StringIO
def f(): pass
print f.func_code is f.__code__, f.func_code is (lambda: 0).func_code
def g(): return sys._getframe().f_code
print g() is g.func_code, id(g()) == id(g.func_code)
for args in [(), (42,), ((42,),), ('exit',), ((17, 23),), ((),)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print repr(e.code), e.args
for fn in (sys.getrecursionlimit, sys.getdefaultencoding, sys.exc_clear):
    try: fn(42)
    except TypeError as e: print e
print sys.call_tracing(lambda *a: sum(a), (1, 2, 3))
try: sys.call_tracing(len, [1])
except TypeError as e: print e
save = sys.stdout
out = StringIO.StringIO()
sys.stdout = out
dh = sys.__displayhook__
if hasattr(__builtin__, '_'): del __builtin__._
dh(None); dh(42)
sys.stdout = save
print repr(out.getvalue()), __builtin__._
del sys.stdout
try: dh(42)
except RuntimeError as e: lost = e
sys.stdout = save
print 'lost', lost
old = sys.displayhook
def bad(o): raise ValueError('bad hook')
sys.displayhook = bad
try: eval(compile('42', '<string>', 'single'))
except ValueError as e: print e
seen = []
sys.displayhook = seen.append
eval(compile('6 * 7', '<string>', 'single')); eval(compile('None', '<string>', 'single'))
del sys.displayhook
try: eval(compile('42', '<string>', 'single'))
except RuntimeError as e: print e
sys.displayhook = old
print seen
