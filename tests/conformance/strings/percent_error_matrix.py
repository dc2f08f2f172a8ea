# -*- coding: utf-8 -*-
# %-formatting: argument-count/type errors, flags, widths, precisions, each line guarded.
import sys, os, time, math, string
try:
    print "%d %d" % (1,)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%d" % (1, 2)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%s" % ()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%d" % 'x'
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%d" % None
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%s %s" % [1, 2]
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%(a)s %(b)s" % {'a': 1}
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%(a)s" % (1,)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%z" % 1
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%" % ()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "abc" % 5
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "abc" % ()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "abc" % {}
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "abc" % []
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%s" % {'a': 1}
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%s %%" % 5
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%c" % 300
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%c" % 'ab'
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%.2f" % 'x'
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%x" % 3.5
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%5.2s|" % 'abc'
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%-+8.3f|" % 3.14159
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%#8.3x|" % 255
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "% 05d" % 3
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%+.2e" % -1234.5
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%r" % (1.0 / 3)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%s" % (1.0 / 3)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%.15g %.17g" % (0.1, 0.1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%10.4g|" % 123.456789
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%d" % 2**80
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%x %X %o" % (2**70, 2**70, 2**70)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%s %r" % (10L, 10L)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%f" % float('inf'), "%f" % float('nan'), "%e" % float('-inf')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%g" % 1e16, "%g" % 1e15, "%g" % 0.00001, "%g" % 0.0001
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%.3g" % 2.0, "%#.3g" % 2.0, "%#x" % 0, "%#o" % 0
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%(x)d%%" % {'x': 50}
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%*s|" % (-6, 'ab')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%.*s|" % (2, 'abcdef')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%s" % u'\xe9'.encode('utf-8')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%s and %s" % ("a", ("b", "c"))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%s" % (("b", "c"),)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print "%(a)s %s" % {'a': 1}
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%s' % True, '%r' % False, '%i' % True, '%f' % True
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%5s|%-5s|' % (None, None)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%d' % 1e20, '%d' % -1e20
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%s' % 1e20, '%s' % 1e16, '%s' % 123456789012.0, '%r' % 1e16
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%.1f' % 0.05, '%.1f' % 0.15, '%.1f' % 0.25, '%.2f' % 2.675
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%.0e' % 12345, '%.20f' % 0.1
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%05s|' % 'ab', '%-05d|' % 7, '%+s' % 'x'
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%3c|' % 'a'
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%ld %lu %hd' % (5, 6, 7)
except Exception as e:
    print "EXC", type(e).__name__, e
