# Bitwise operators and shifts, including big shifts that promote to long.
a, b = 0b1100, 0b1010
print a & b, a | b, a ^ b, ~a, ~0, ~-1
print -12 & 10, -12 | 10, -12 ^ 10, -1 & 0xff
print 1 << 0, 1 << 10, 1 << 62, 1 << 63, 1 << 64, 1 << 100
print type(1 << 62).__name__, type(1 << 63).__name__
print 1024 >> 3, 1024 >> 20, -1024 >> 3, -1 >> 10, -5 >> 1
print (1 << 100) >> 98, (1 << 100) & 0xff, (1 << 100) | 1
print ~(1 << 70), -(1 << 70) >> 3
print 5L & 3, 5L | 3L, 5 ^ 1L, 7L << 2
print 255 & ~0x0f, 0xf0 >> 4 << 4
print True & False, True | False, True ^ True, type(True & True).__name__
print 3 & 1 == 1, (3 & 1) == 1
try:
    print 1 << -1
except ValueError as e:
    print 'ValueError:', e
try:
    print 1.0 << 1
except TypeError as e:
    print 'TypeError:', e
x = 1
x <<= 5; print x
x >>= 2; print x
x |= 0x100; print x
x &= 0x10f; print x
x ^= 0xff; print x
