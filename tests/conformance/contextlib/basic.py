from contextlib import *
import keyword
print keyword.iskeyword('print'), keyword.iskeyword('x'), len(keyword.kwlist)
@contextmanager
def cm(x):
    print 'enter', x
    try:
        yield x * 2
    except ValueError as e:
        print 'caught', e
    finally:
        print 'exit', x
with cm(3) as v: print v
with cm(4) as v: raise ValueError('boom')
try:
    with cm(5): raise KeyError('k')
except KeyError as e: print 'outer', repr(e)
@contextmanager
def noyield():
    if 0: yield
try:
    with noyield(): pass
except RuntimeError as e: print e
@contextmanager
def twoyield():
    yield 1
    yield 2
try:
    with twoyield(): pass
except RuntimeError as e: print e
print cm.__name__
class C(object):
    def close(self): print 'closed'
with closing(C()) as c: print type(c).__name__
with nested(cm(1), cm(2)) as (a, b): print a, b
try:
    with nested(cm(1), cm(2)) as (a, b): raise KeyError(1)
except KeyError as e: print 'nested outer', e
@contextmanager
def swallow():
    try: yield
    except: pass
with swallow(): 1/0
print 'ok'
@contextmanager
def reraise_stop():
    yield
try:
    with reraise_stop(): raise StopIteration('x')
except StopIteration as e: print 'stop', e
