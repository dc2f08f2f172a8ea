# Numeric literal edge cases and their types.
print 0xffffffffffffffff, type(0xffffffffffffffff).__name__
print 0x7fffffffffffffff, type(0x7fffffffffffffff).__name__
print -0x8000000000000000
print 1e0, 1e1, 10e-1
print 0.000001, 0.0000001
print 1.0e+3, 1.0E-3
print 00000, 0x00001
print 2**62, 2**63, 2**64
print 1L + 1, type(1L + 1).__name__
print 5 // 2L, type(5 // 2L).__name__
print int('42'), long('42'), float('2.5')
print 1.0 == 1, 1 == 1.0, 1L == 1.0
