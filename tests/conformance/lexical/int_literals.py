# Integer literals in all their Python 2 forms.
print 0, 7, 42, -5
print 0x1f, 0XFF, 0x0, -0x10
print 0o17, 0O777, 017, 0777, 00
print 0b101, 0B11111111
print 10L, 0x10L, 017L, 0l
print type(10L).__name__, type(10).__name__
print repr(10L), str(10L)
print 123456789012345678901234567890
print repr(123456789012345678901234567890)
print type(9223372036854775807).__name__
print type(9223372036854775808).__name__
print 9223372036854775808
print -9223372036854775808, type(-9223372036854775808).__name__
print 0xFFFFFFFFFFFFFFFFFFFF
print 1000000 * 1000000
print 1 + 0x1 + 01 + 0b1 + 1L
x = 0xdeadbeef
print x, hex(x), oct(8)
print 1 == 1L, 0x10 == 16, 010 == 8
