# str() of objects whose __str__ returns a str subclass, str.replace with
# buffer arguments, object.__format__'s PendingDeprecationWarning, and
# file.readinto refusing a str.
import sys
import warnings


class Doubled(str):
    def __new__(cls, content=''):
        return str.__new__(cls, 2 * content)

    def __str__(self):
        return self


class Sub(str):
    pass

s = str(Doubled('ab'))
print repr(s), type(s).__name__
s = Sub(Doubled('ab'))
print repr(s), type(s).__name__
print type(str(Sub('x'))).__name__


class Bad(object):
    def __str__(self):
        return 42

try:
    str(Bad())
except TypeError as x:
    print 'TypeError:', x

with warnings.catch_warnings():
    warnings.simplefilter('ignore', DeprecationWarning)
    ba, bb = buffer('a'), buffer('b')
print 'abc'.replace(ba, bb), 'abc'.replace(bb, ba)


class Classic:
    def __str__(self):
        return 'classic'


class New(object):
    def __str__(self):
        return 'new'


class Forward:
    def __str__(self):
        return 'fwd'

    def __format__(self, spec):
        if spec == 'd':
            return 'forward'
        return object.__format__(self, spec)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print repr('{0:>8}'.format(Classic()))
    print repr(format(New(), '^7'))
    print repr(object.__format__(New(), '<5'))
    print repr('{0:>9s}'.format(Forward())), repr('{0:d}'.format(Forward()))
    print repr(format([1], '>6'))
    print repr('{0}'.format(New())), repr(format(New(), ''))
for x in w:
    print x.category.__name__, x.message

try:
    sys.stdin.readinto('')
except TypeError as x:
    print 'TypeError:', x
