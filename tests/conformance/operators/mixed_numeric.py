# Mixed int/long/float/bool arithmetic and result types.
vals = [3, 3L, 3.0, True]
for a in vals:
    row = []
    for b in vals:
        r = a + b
        row.append('%s:%s' % (type(r).__name__, r))
    print ' '.join(row)
print 1 + 2.5, 2.5 * 2, 7 - 0.5, 3 / 2.0, 2 ** 0.5 * 2 ** 0.5 > 1.99
print 10 * 1L, type(10 * 1L).__name__
print True + True, True * 3, False - 1, True / 2, True / 2.0
print 1 == 1.0, 1L == 1.0, True == 1, False == 0, True == 1.0
print 3 < 3.5 < 4L, 2 ** 64 > 1e19, 2 ** 64 < 1e20
print -7 / 2.0, -7 // 2.0, abs(-2.5), abs(-3L)
print int(3.9), int(-3.9), long(3.9), int(1e18), type(int(1e20)).__name__
print float(2 ** 70)
print 5 % 3.0, -5 % 3.0, 5.5 // 1
