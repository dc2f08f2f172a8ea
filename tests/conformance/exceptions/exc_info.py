# sys.exc_info() inside and outside handlers.
import sys
print sys.exc_info()
try:
    raise ValueError('info')
except ValueError:
    t, v, tb = sys.exc_info()
    print t.__name__, v, type(v).__name__, tb is not None, t is ValueError
def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__, str(sys.exc_info()[1])
print handler()
try:
    raise KeyError('a')
except KeyError:
    try:
        raise IndexError('b')
    except IndexError:
        print 'inner', sys.exc_info()[0].__name__
    print 'after inner', sys.exc_info()[0].__name__
def reraise_with_info():
    try:
        raise TypeError('saved')
    except TypeError:
        info = sys.exc_info()
    try:
        raise info[1]
    except TypeError as e:
        return 'reraised ' + str(e)
print reraise_with_info()
