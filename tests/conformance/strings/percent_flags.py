# %-formatting: widths, precision, flags and * width, dict-based.
print '[%5d][%-5d][%05d][%+d][% d][%+5d][%-+5d]' % (42, 42, 42, 42, 42, 42, 42)
print '[%5d][%05d][%+d][% d]' % (-42, -42, -42, -42)
print '[%10.3f][%-10.3f][%010.3f][%+.2f][%.0f][%#.0f]' % (3.14159, 3.14159, -3.14159, 2.5, 2.5, 2.5)
print '[%.3e][%12.4e][%-12.2E]' % (1234.5, 0.000123, 99999)
print '[%.3g][%10.4g][%#g][%g]' % (1234.5, 0.000012345, 1.5, 100000.0)
print '[%5s][%-5s][%.2s][%5.1s][%-8r]' % ('ab', 'ab', 'abcdef', 'xyz', 'q')
print '[%#x][%#X][%#o][%08x][%-8x|][%+x]' % (255, 255, 8, 255, 255, 255)
print '[%*d][%-*d][%.*f][%*.*f]' % (6, 42, 6, 42, 2, 3.14159, 8, 3, 2.71828)
print '[%3c][%-3c]' % ('a', 'b')
d = {'name': 'world', 'n': 3, 'x': 1.5}
print '%(name)s has %(n)d items costing %(x).2f' % d
print '%(name)r %(n)05d %(name)s' % d
print '%(a)s-%(a)s' % {'a': 'rep'}
try:
    '%(missing)s' % d
except KeyError as e:
    print 'KeyError:', e
print '%.3s|%.10s|' % ('abcdef', 'abc')
print '%d%%|%5.1f%%' % (50, 12.345)
print '%i|%u' % (7, 7)
print '%s' % 12345678901234567890L, '%d' % 12345678901234567890L, '%r' % 5L
print '%.2f' % 2.675, '%.1f' % 0.25, '%.0f' % 0.5, '%.0f' % 1.5
