# sys.exc_info() across nested handlers, functions and generators; bare raise in a callee; old raise forms.
import sys
def reraiser():
    raise
try:
    try:
        1 / 0
    except ZeroDivisionError:
        reraiser()
except ZeroDivisionError as e:
    print 'bare raise in callee re-raised', type(e).__name__
def show():
    t, v, tb = sys.exc_info()
    return t.__name__ if t else None, str(v) if v else None
try:
    raise KeyError('outer')
except KeyError:
    print show()
    try:
        raise ValueError('inner')
    except ValueError:
        print show()
    print show()
print show()
def f():
    try:
        raise IndexError('in f')
    except IndexError:
        return show()
print f(), show()
def gen():
    try:
        raise TypeError('in gen')
    except TypeError:
        yield show()
        yield show()
g = gen()
print g.next()
print show()
print g.next()
try:
    raise ValueError('x')
except ValueError:
    try:
        raise
    except ValueError as e:
        print 're-raised inside handler:', e
class MyErr(Exception): pass
def risky(n):
    if n == 1: raise MyErr('one')
    if n == 2: raise ValueError('two')
    if n == 3: raise KeyError('three')
    return n
for n in range(5):
    try:
        r = risky(n)
    except (MyErr, ValueError) as e:
        print n, 'caught', type(e).__name__, e
    except Exception as e:
        print n, 'generic', type(e).__name__, e
    else:
        print n, 'result', r
try:
    raise ValueError('x')
except (TypeError, ValueError), e:
    print 'tuple old syntax', e
excs = (IOError, OSError)
try:
    raise OSError(2, 'oops')
except excs as e:
    print 'dynamic tuple', e.errno, e.strerror, e
try:
    raise Exception, ('a', 'b')
except Exception as e:
    print 'args from tuple', e.args
try:
    raise ValueError, None
except ValueError as e:
    print 'None arg', e.args
e1 = ValueError('reuse')
for i in range(2):
    try:
        raise e1
    except ValueError as e:
        print i, e is e1
