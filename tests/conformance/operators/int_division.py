# Python 2 integer division and modulo semantics.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (1, 7)]:
    print a, b, a / b, a // b, a % b, divmod(a, b)
print 7.0 / 2, -7.0 / 2, 7 / 2.0
print 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2
print divmod(7.5, 2), divmod(-7.5, 2)
print 10 ** 20 / 3, 10 ** 20 % 7, -(10 ** 20) / 3
print (-10 ** 20) % 7, divmod(10 ** 20, -3)
print 5L / 2, -5L / 2, 5L % -3
print 1 / 1, 0 / 5, -1 / 5, 1 / -5
x = 17
x /= 5
print x
x = -17
x //= 5
print x
x = -17
x %= 5
print x
