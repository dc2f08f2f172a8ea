# -*- coding: utf-8 -*-
# Long integer and float edge arithmetic, conversions and formatting.
import sys, os, time, math, string
try:
    print '%f' % 1e300
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%.50f' % 0.1
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%.30e' % 1.0
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%.100f' % 1.0
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%d' % 1e300
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print int(1e300) % 1000
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print str(2 ** 1000)[:20], len(str(2 ** 10000))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print long(1e23), int(1.5e19), long(-1e19)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 2 ** 64 / 2.0, 2 ** 1000 / 2 ** 998, (2 ** 1000) / 1e300, 10 ** 400 / 10 ** 399
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 10 ** 400 / 1.0
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print float(10 ** 400)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print int(float('inf'))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print int(float('nan'))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print (10 ** 30) // 7, (10 ** 30) % 7, -(10 ** 30) // 7, divmod(10 ** 30, -7), (10**30) * 1.0 / 3
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print pow(10, 30, 7), pow(3, 10**5, 10**9+7), pow(2, -1, 5) if False else 0
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 7 ** 0.5, (-7) ** 2, 10 ** -3, 10L ** -3
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print round(1e300), round(123.456, -1), round(-123.456, -2), round(1.23456789e-5, 7)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print str(1.0e-6), str(1e-7), repr(1e-7), str(123456789.0), str(1234567890123456789.0), repr(1e100)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print float('0.1'), float('.5'), float('5.'), float('1e-3'), float('-1E+3'), float('  12  ')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print float('inf') - float('inf'), float('inf') * 0, 1 / float('inf'), float('-inf') < -1e308
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print int('1' * 30), int('-' + '9' * 25), long('0'), int('+5'), int('- 5') if False else 0
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print int('1' * 30) + 1 == 10 ** 30 // 9 + 1
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 12345678901234567890 * 98765432109876543210
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print (12345678901234567890 * 98765432109876543210) // 12345678901234567890
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print -7 // 2, -7L // 2, 7 // -2L, -7 % 2L, 7L % -2, divmod(-7L, 2)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 1 << 100 | 1, (1 << 100) & ((1 << 100) - 1), ~(1 << 100), -(1 << 100) >> 99, (1 << 100) ^ (1 << 99)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print int(2 ** 63 - 1), type(int(2 ** 63 - 1)), type(int(2L)), type(long(5))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print abs(-2 ** 63), type(abs(-2 ** 63)), -2 ** 63, type(-2 ** 63), type(-(2 ** 63))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print sys.maxint * sys.maxint, sys.maxint + sys.maxint, -sys.maxint * 3
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3, 1e-16 + 1 == 1
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print math.floor(-0.0), math.ceil(-0.1), str(math.ceil(-0.1))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 1.0 // 0.3, 1.0 % 0.3, -1.0 % 0.3, 5.0 % -3, divmod(5.5, 1.5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print float(1 << 1023) * 2
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 1e308 * 10 == float('inf')
except Exception as e:
    print "EXC", type(e).__name__, e
