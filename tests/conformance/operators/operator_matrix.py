# -*- coding: utf-8 -*-
# Power, shifts, bitwise, division/modulo signs, mixed-type comparisons, augmented assignment.
import sys, os, time, math, string
try:
    print 2 ** 3 ** 2, -2 ** 2, (-2) ** 3, 2 ** -2, -2 ** -2
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print not 1 == 2, not (1 and 0), 1 and not 0
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 1 << 64, -1 << 3, 1 >> 100, -1 >> 100, 2**100 >> 98
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 1 << -1
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 1 >> -1
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 3, -5 | 3, -5 ^ 3, 2**70 & 2**70 - 1, -(2**70) | 1
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 5 / 2, -5 / 2, 5 // 2.0, -5 // 2.0, 5 % 2.5, -5 % 3, 5 % -3, -5 % -3, 5.5 // 1.5
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 2**70 / 3, -2**70 / 3, 2**70 % -3, divmod(-2**70, 7)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 1 / 2.0 == 0.5, 3 * 'ab', 'ab' * 0, -1 * 'x', [0] * -1, (1,) * 3
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'a' < 'b', 'abc' < 'abd', 'ab' < 'abc', 'B' < 'a', [1, 'a'] < [1, 'b']
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print None < 0, None < -10**20, 0 < '', '' < (), [] < '', {} < [], 1 < [], 1.5 < 'a'
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print None == None, None is None, [] is [], () is (), 'a' is 'a', 1 is 1, 10**20 is 10**20
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 1 == 1.0, 1 == 1L, 1.0 == 1L, 'a' == u'a', (1, 2) == (1.0, 2.0), [1] == (1,)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print x = 5 if False else 0
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 1 in [1, 2], 3 not in (1, 2), 'a' in {'a': 1}, 1 in {1: 2}.values(), 'bc' in 'abc', '' in 'a'
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 1 in 'abc'
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print [] in 'abc'
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print True + 1, True * 2.5, True == 1, True is 1, False < True, -True, True ** 2, True / True, True // 2
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print +True, abs(False), ~False, True << 3, True & 3, True ^ True, type(True ^ True), type(True + 0)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 3 < 5 > 4 == 4 != 5, 1 < 2 > 3
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print int.__add__(1, 2), (5).__mul__(2), (2).__pow__(10), 'a'.__add__('b'), [1].__add__([2])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print (1).__add__(1.0)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print (5).__rsub__(10), (3).__rtruediv__(1) if False else 0, (7).__divmod__(2), (5).__neg__()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 1 + True, 1.5 + True, 10L + True, type(10L + True)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 2 ** 0.5 > 1.41, 10 ** 2 == 100, 10 ** -1, 0 ** 0, 0.0 ** 0.0, (-1) ** 0.5 if False else 0
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 0 ** -1
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 0.0 ** -1
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print (-8) ** (1.0/3)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%d' % (-7 // 2), -7 // 2, int(-7 / 2.0), -(7 // 2)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print a = [1, 2]; a += (3,); print a
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print a = [1]; a = a + (2,)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print s = 'ab'; s += 'c'; s *= 2; print s
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print t = (1,); t += (2,); t *= 2; print t
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print x = 10; x //= 3; x **= 2; x %= 5; x <<= 2; x >>= 1; x &= 7; x |= 8; x ^= 1; x -= 1; x /= 2; print x
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print y = 7.0; y //= 2; y /= 2; y **= 3; print y
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print d = {'a': 1}; d['a'] += 5; d.setdefault('b', []).append(1); print d['a'], d['b']
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print class C(object): pass
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print c = C(); c.v = 1; c.v += 10; print c.v
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print l = [[0]]; l[0][0] += 1; l[0] *= 3; print l
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print cmp(1, 1.0), cmp('a', 1), cmp(None, []), cmp(1, None)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print max(1, 'a'), min(None, 1), max([1, 2], (1, 2)), sorted([None, 1, 'a', (), []])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print hash(True), hash(1.5) == hash(1.5), hash(-1) == hash(-2), hash((1,))==hash((1,))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 5 .__class__.__name__, type(5 // 2.0), type(5 / 2), type(2L ** 2), type(2 ** -1), type(10 ** 18), type(10 ** 19)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print -sys.maxint - 1 == ~sys.maxint, type(-sys.maxint - 1), type(sys.maxint * 2), type(-(-sys.maxint - 1)), type(sys.maxint + 1 - 1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print (sys.maxint + 1) // 2 == sys.maxint // 2 + 1, type((sys.maxint + 1) // 2), type(int(2**63 - 1)), type(int(2**63))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print long(5) / 2, 5L // 2, -5L / 2, 5L % 3, 2L ** 64, 5L & 3, ~5L, 5L << 2, type(5L << 2)
except Exception as e:
    print "EXC", type(e).__name__, e
