# -*- coding: utf-8 -*-
# str.format/format(): fields, conversions, specs and malformed format strings, each line guarded.
import sys, os, time, math, string
try:
    print '{}'.format(1), '{0}{0}'.format('a'), '{a}'.format(a=1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{} {}'.format(1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{0} {}'.format(1, 2)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{x}'.format(1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{0:d}'.format('a')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{0:s}'.format(1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:10.3f}|{:<10}|{:>10}|'.format(3.14159, 'l', 'r')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:,}'.format(1234567890), '{:,.2f}'.format(1234.5678)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:e} {:E} {:g} {:G} {:%}'.format(1234.5, 1234.5, 1234.5, 1e-20, 0.5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}'.format(255, 255, 8, 5, 255, 8, 5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:c}'.format(65)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{0!s} {0!r}'.format('q')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{0[a]} {0[b][0]}'.format({'a': 1, 'b': [2]})
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{0.__class__.__name__}'.format(1.5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{{}} {{{0}}}'.format(7)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:=+8d}|{:08d}|{:+08.2f}'.format(5, -5, 3.14159)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:^9.2s}|'.format('abcdef')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{0:>{1}}|'.format('x', 5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:.0f} {:.0f}'.format(0.5, 1.5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{}'.format(None), '{}'.format([1, 'a']), '{}'.format((1,)), '{}'.format(True)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:d}'.format(True), '{:f}'.format(1), '{:.2f}'.format(2**70)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:5}|{:<5}|'.format(12, 12), '{:5}|'.format('ab'), '{:5}|'.format(1.5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{}'.format(1.0/3), str(1.0/3), '{:.3}'.format(1.0/3), '{:g}'.format(1.0/3)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{}'.format(1e16), '{}'.format(1e15), '{}'.format(1.5e-5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:n}'.format(1234)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print format(1234567, ','), format(0.5, '%'), format(-0.0, ''), format(5, '')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print format([1], ''), format(None, '')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print format(1, 'z')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:s}'.format(None)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{0:{1}.{2}f}'.format(3.14159, 8, 2)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{!x}'.format(1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{'.format(1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '}'.format(1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{0'.format(1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:*<+7.1f}'.format(-2.25)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:-^11}'.format('mid')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{0:>5}{1:>5}{2:>5}'.format(*'abc')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{a}-{b}'.format(**{'a': 1, 'b': 2})
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:,d}'.format(-1234567)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:10,.1f}|'.format(12345.67)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:.2e}'.format(0), '{:g}'.format(0.0), '{:g}'.format(100000), '{:g}'.format(1000000)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%s' % '{}'.format('x')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{:3d}|{:<3d}|{:^3d}|'.format(1, 2, 3)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{0:.{1}f}'.format(1.23456, 3)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print u'{}'.format('x')
except Exception as e:
    print "EXC", type(e).__name__, e
