# finally/return interplay, raise forms, and many builtin error messages.
import sys
def f():
    try:
        return 'try'
    finally:
        print 'finally runs'
print f()
def g():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print g()
def h():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print 'fin', i
    return i
print h()
def k():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise KeyError('inner')
        except KeyError:
            pass
        raise
try:
    k()
except Exception as e:
    print 'reraised', type(e).__name__, e
def reraise_tb():
    try:
        int('q')
    except ValueError:
        t, v, tb = sys.exc_info()
        raise TypeError, TypeError('wrapped: %s' % v), tb
try:
    reraise_tb()
except TypeError as e:
    print 'TypeError', e
try:
    raise ValueError, 'old style'
except ValueError, e:
    print 'old syntax', e, e.args
try:
    raise ValueError('a', 1)
except ValueError as (msg, code):
    print 'unpacked', msg, code
class E(Exception): pass
try:
    raise E
except E as e:
    print 'class raised', repr(e), e.args, e.message == ''
try:
    raise
except TypeError as e:
    print 'bare raise with nothing:', e
try:
    raise 'string exception'
except TypeError as e:
    print 'TypeError', e
try:
    raise 5
except TypeError as e:
    print 'TypeError', e
try:
    raise Exception('x'), 'y'
except TypeError as e:
    print 'TypeError', e
try:
    try:
        raise KeyError(1)
    finally:
        print 'inner finally'
except LookupError as e:
    print 'LookupError', repr(e)
x = 0
while True:
    try:
        x += 1
        if x > 3: raise StopIteration
    except StopIteration:
        print 'stop at', x
        break
    else:
        print 'no exc', x
def gen_exc():
    try:
        yield 1
        raise IndexError('in gen')
    except IndexError as e:
        yield 'caught ' + str(e)
print list(gen_exc())
e = ValueError('msg')
print e.message, e.args, str(e), unicode(e), repr(e)
e.args = ('new',)
print str(e), e.message
print str(Exception('a', 'b')), Exception(None), repr(Exception(None)), str(Exception(u'u'))
print Exception('x').__class__.__name__, isinstance(Exception(), BaseException)
try:
    {}.pop(1)
except KeyError as e:
    print 'KeyError', e, e.args
try:
    [].pop()
except IndexError as e:
    print e
try:
    int(None)
except TypeError as e:
    print e
try:
    import nonexistent_mod
except ImportError as e:
    print e
try:
    undefined_name
except NameError as e:
    print e
try:
    None.attr
except AttributeError as e:
    print e
try:
    len(5)
except TypeError as e:
    print e
try:
    'a' + 1
except TypeError as e:
    print e
try:
    1 + 'a'
except TypeError as e:
    print e
try:
    [1] * 'a'
except TypeError as e:
    print e
try:
    {}[[1]]
except TypeError as e:
    print e
try:
    'abc'[10]
except IndexError as e:
    print e
try:
    (1,)[5]
except IndexError as e:
    print e
try:
    float('abc')
except ValueError as e:
    print e
try:
    int('12.5')
except ValueError as e:
    print e
try:
    chr(256)
except ValueError as e:
    print e
try:
    ord('ab')
except TypeError as e:
    print e
try:
    x = 1 / 0.0
except ZeroDivisionError as e:
    print e
try:
    x = 5 % 0
except ZeroDivisionError as e:
    print e
try:
    2.0 ** 10000
except OverflowError as e:
    print e
try:
    list(5)
except TypeError as e:
    print e
try:
    iter(5)
except TypeError as e:
    print e
try:
    next([1])
except TypeError as e:
    print e
try:
    f(1, 2, 3)
except TypeError as e:
    print e
try:
    abs('x')
except TypeError as e:
    print e
try:
    5()
except TypeError as e:
    print e
try:
    'abc'.foo
except AttributeError as e:
    print e
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print e
try:
    range(1, 2, 0)
except ValueError as e:
    print e
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print e
try:
    'x'.join([1, 2])
except TypeError as e:
    print e
try:
    int('99999999999999999999999', 2)
except ValueError as e:
    print e
try:
    [].index(1)
except ValueError as e:
    print e
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print e
try:
    max([])
except ValueError as e:
    print e
try:
    hash([])
except TypeError as e:
    print e
try:
    object().x = 1
except AttributeError as e:
    print e
try:
    setattr(1, 'x', 2)
except AttributeError as e:
    print e
try:
    del [][0]
except IndexError as e:
    print e
try:
    'abc'.split('')
except ValueError as e:
    print e
try:
    [1, 2].sort(cmp=lambda a: 0)
except TypeError as e:
    print e
