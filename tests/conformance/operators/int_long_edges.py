# int/long boundaries around sys.maxint, division and modulo signs, conversions, round, hex/oct/bin.
import sys
print sys.maxint, -sys.maxint - 1, type(sys.maxint), type(sys.maxint + 1)
print sys.maxint + 1, -sys.maxint - 2, type(-sys.maxint - 1)
print 2 ** 62, 2 ** 63, 2 ** 64, type(2 ** 62), type(2 ** 63)
print 7 / 2, -7 / 2, 7 % -3, -7 % 3, 7 // -2, divmod(-7, 2), divmod(7, -2)
print 7.0 / 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, -2)
print 10L, repr(10L), str(10L), repr(2 ** 70), long(3.9), int(-3.9), int(2 ** 70 * 1.0)
print 1 << 70, (1 << 70) >> 68, -1 >> 5, ~5, ~-1, -5 & 0xff, 5 ^ -1
print abs(-sys.maxint - 1), type(abs(-sys.maxint - 1)), -(-sys.maxint - 1)
print int('  42  '), int('-0x1f', 16), int('777', 8), int('z', 36), int('0b101', 0), int('010', 0)
print long('123456789012345678901234567890'), int('123456789012345678901234567890')
print 3 * 4 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 0.5, pow(2, 10, 7), pow(-2, 3)
print 0.1 + 0.2, 1 / 3.0, 2 / 3.0, 1e16, 1e15, 123456789.123456789, 1.0, 100.0, 1e-4, 0.0001234
print repr(0.1 + 0.2), str(0.1 + 0.2), repr(1 / 3.0), str(1/3.0), 1e22, 1e21, 1.5e300 * 1e10
print float('inf'), float('-inf'), float('nan'), -float('inf') * 0
print round(2.5), round(-2.5), round(1.2345, 2), round(1234, -2), round(0.5), type(round(1))
print int(1e20), long(1e20), hash(1) == hash(1.0) == hash(1L)
print 5 == 5.0 == 5L, 1 < 2L < 3.5, cmp(1, 2), cmp(2L, 1), cmp(1.0, 1)
print True + True, True * 10, -True, ~True, True / 2, True & False, True | False, type(True & True)
print 0 ** 0, 0.0 ** 0, 10 ** 20 / 3, 10 ** 20 % 7, -10 ** 20 // 7
print float(10 ** 20), 10 ** 20 / 3.0, 2 ** 1000 > 1e300, oct(8), hex(255), oct(0), hex(-1), hex(2**64), oct(2L)
print bin(10), bin(-10), bin(0)
print 1e308 * 10, -1e308 * 10
print int.__name__, long.__name__, (5).__class__, (5L).__class__
print 100000000000000000000L * 0, type(2**70 - 2**70), 2**70 - 2**70
