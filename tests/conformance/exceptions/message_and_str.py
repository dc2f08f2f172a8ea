# BaseException.message (deprecated in 2.6), str()/unicode() of exceptions
# with their own __str__, Unicode errors whose fields were changed, a
# __new__ that returns no exception, and the unraisable-exception report.
import sys
import warnings


def show_warnings(fn, line=None):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        r = fn()
    for x in w:
        print '  warning:', x.category.__name__, str(x.message), x.lineno == line
    return r


e = BaseException('foo')
here = sys._getframe().f_lineno
print repr(show_warnings(lambda: e.message, here + 1))
e.message = 'bar'
print repr(show_warnings(lambda: e.message))
del e.message
try:
    e.message
except AttributeError as x:
    print 'AttributeError:', x
del e.message
e2 = ValueError(1, 2)
print repr(show_warnings(lambda: e2.message, sys._getframe().f_lineno))
print ValueError(1, 2).__reduce__()
e3 = KeyError('k')
e3.message = 'm'
print e3.__reduce__()
print sorted(vars(e3).keys()) == sorted(['message', 'args']) or sorted(vars(e3).keys()) == ['message']


class WithStr(Exception):
    def __init__(self, *args, **kw):
        self.msg = kw.pop('msg')
        Exception.__init__(self, *args)

    def __str__(self):
        return self.msg

for args in [(), ('a',), ('a', 'b')]:
    e = WithStr(*args, msg=u'f\xf6\xf6')
    print repr(unicode(e)),
    try:
        str(e)
    except UnicodeEncodeError as x:
        print 'UnicodeEncodeError'
    e = WithStr(*args, msg='plain')
    print repr(unicode(e)), repr(str(e))

u = UnicodeEncodeError('baz', u'xxxxx', 1, 5, 'foo')
print str(u)
u.end = 2
print str(u)
u.end = 5
u.reason = 0x345345345345345345
print str(u)
u.encoding = 4000
print str(u)
u.start = 1000
print str(u)
d = UnicodeDecodeError('baz', 'xxxxx', 1, 2, 'foo')
d.reason = 5
d.encoding = 7
print str(d)
t = UnicodeTranslateError(u'xxxxx', 1, 3, 'foo')
t.reason = 5
print str(t)


class NotAnException(Exception):
    def __new__(cls, *args):
        return object()

try:
    raise NotAnException
except TypeError as x:
    print 'TypeError:', x


class BrokenRepr(object):
    def __del__(self):
        raise ValueError('del is broken')

    def __repr__(self):
        raise AttributeError('repr() is broken')


class BrokenExcRepr(Exception):
    def __repr__(self):
        raise Exception('no repr')


class RaisesBroken(object):
    def __del__(self):
        raise BrokenExcRepr()

    def __repr__(self):
        return '<RaisesBroken>'

import StringIO
sys.stderr = StringIO.StringIO()
o = BrokenRepr()
del o
o = RaisesBroken()
del o
try:
    raise ValueError('test message')
except ValueError:
    sys.__excepthook__(*sys.exc_info())
report = sys.stderr.getvalue()
sys.stderr = sys.__stderr__
for line in report.splitlines():
    if line.startswith('  File "'):
        path, rest = line[len('  File "'):].split('"', 1)
        line = '  File "%s"%s' % (path.split('/')[-1], rest)
    print line
