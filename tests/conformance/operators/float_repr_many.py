# repr/str/%-formatting of many computed floats.
vals = []
x = 1.0
for i in range(60):
    x = x * 3.7 / 1.3 + 0.001 * i
    vals.append(x)
    vals.append(1.0 / (i + 1))
    vals.append(-x / 7e5)
    vals.append(2.0 ** (i - 30))
    vals.append(10.0 ** (i - 30))
    vals.append(i / 10.0)
for v in vals:
    print repr(v), str(v), '%s' % v, '%r' % v, '%.3f' % v, '%g' % v, '%e' % v, '{}'.format(v), '{:.4}'.format(v), round(v, 3)
print 1e16, 1e15, 123456789012.0, 1234567890123.0, 0.1 + 0.7, 1 - 0.9, 4.35 * 100, 3 * 1.1
print 1e-5, 0.0001, 1e-4 * 3, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308
print float('1e500'), float('-0'), 0.0 == -0.0, repr(-0.0), str(-0.0), round(-0.4), int(-0.5)
print 100.0, 1e2, 1.5e10, 12345678.9, 123456789.9, 1234567890.1, 0.000001, 9.999999999999e-5
print [0.1, 0.25, 1.0/3, 2.0/3, 1e100], (0.1,), {0.5: 1.5}
print str(12345678901.5), str(123456789012.5), str(0.1 + 0.2 + 0.3)
print 7.0 / 3, 22.0 / 7, 355.0 / 113, 2 ** 0.5 * 2 ** 0.5
print round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1.005, 2)
print int(1e15 + 0.3), long(1.5e30), int(-1e19), float(2**63), float(2**64 - 1), float(10**30)
print 2 ** 53 + 1.0, float(2**53 + 1), 1e308 + 1e308, -1e308 * 10, (1e308 * 10) - (1e308 * 10)
print 10 ** -2, 10.0 ** 400 if False else '', 0.1 ** 2, (-8) ** (1.0 / 3) if False else '', 2 ** -1074 == 5e-324
