# -*- coding: utf-8 -*-
# TypeError/ValueError/AttributeError messages from common misuse of builtins.
import sys, os, time, math, string
try:
    print [1, 2][1.0]
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'abc'[1.5]
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print (1,)['a']
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print [1, 2]['x':]
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print {}.keys()[0]
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print [1] + (2,)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print (1,) + [2]
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'a' * 'b'
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'a' * 2.0
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print [1] * 1.5
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 1 - 'a'
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'a' - 1
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print -'a'
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print ~1.5
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 1 / None
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print None + 1
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print [] + None
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print {} + {}
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print len(None)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print None[0]
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print None()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 1[0]
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 5 in 5
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'a' in 5
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 1 < 2 < 'a'
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print int([])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print int('abc')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print int('1', 1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print int('5', 37)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print float([])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print long('x')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print float('1.2.3')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print list(None)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print tuple(5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print dict(5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print dict([1, 2])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print set(5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'abc'.index('z')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'abc'.count()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'a'.join('b', 'c')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%s %s' % 'a'
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print str.upper(5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print [].sort(1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print sorted([1, 'a', 2])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print min(1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print sum(['a', 'b'])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print sum([1, 'a'])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print range('a')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print xrange(1.5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print range(1, 2, 3, 4)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print chr(-1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print ord('')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print round('a')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print abs(None)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print divmod('a', 1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print pow('a', 2)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print hex(1.5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print oct('a')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print setattr(None, 'x', 1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print isinstance(1, 5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print issubclass(1, int)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print iter(None)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print next(5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print reversed(5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print enumerate(5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print zip(1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print filter(None, 5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print reduce(None, [])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'x'.split(None, 'a')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print [].insert('a', 1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print [].pop('a')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print {}.pop()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print {}.update(5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print {}.update([1])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print {}.fromkeys(5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print set().add([])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print frozenset([[]])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print hash({})
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print hash(set())
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print type(1, 2)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 5 .foo
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print (5).real.foo
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'str'.nope
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print [].nope
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print {}.nope
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print (1).__class__.nope
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print int.nope
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print None.nope
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print True.nope
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print len.nope
except Exception as e:
    print "EXC", type(e).__name__, e
