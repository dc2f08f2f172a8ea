# float repr/str in 2.7: repr is shortest round-trip, str uses 12 digits.
print 0.1, repr(0.1), 1/3.0, repr(1/3.0), 1e16, 1e-5, float('inf')
print str(2.0/3), repr(2.0/3)
print 1e15, 1e16, 1e17, 123456789012.0, 1234567890123.0
print repr(1e15), repr(1e16), repr(1e-4), repr(1e-5)
print 0.0001, 0.00001, 100.0, 1.5
print float('inf'), float('-inf'), repr(float('inf')), float('nan')
print -0.0, repr(-0.0), 0.0 == -0.0
print 3.0, 3.10, 3.14159265358979, repr(3.14159265358979)
print 1.0 / 7, repr(1.0 / 7)
print 2.5, 1e300 * 1e10, -1e300 * 1e10
print str(1.23456789012345), repr(1.23456789012345)
print 100000000000.0, 1e11, 1e12, repr(1e12)
print float(3), float('  2.5  '), float('-1e3'), float(10L)
print 0.5 + 0.25, 0.1 * 3, repr(0.1 * 3)
print [0.1, 1/3.0], (0.5,), {'k': 0.1}
print round(0.1 + 0.2, 10)
print 9007199254740993.0, repr(9007199254740993.0)
