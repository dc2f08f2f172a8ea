# How print renders numbers of all kinds.
print 1, -1, 0, 10 ** 18, 10 ** 19, -10 ** 19
print 1.0, 0.5, 1.0 / 3, 2.0 / 3, 10.0 / 3, 1e-4, 1e-5, 123456789.123
print 1e15, 1e16, 1.5e16, 12345678901.5, 0.1 + 0.2, 1.1 * 1.1
print float(2 ** 53), float(2 ** 53 + 1), 1e308 * 10, -1e308 * 10
print [1.0 / 3, 0.1], (1e16,), {1.5: 2.5}
print 3.0 * 1.1, repr(3.0 * 1.1), str(3.0 * 1.1)
print 100.0, 1e2, 1E+2, 5e-324, 1.7976931348623157e308
print True, False, None, True + 0.5
print 12L, -12L, [12L], (2 ** 64,)
