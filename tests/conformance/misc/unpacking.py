# Nested unpacking (Python 2 style, no star targets).
a, (b, c), [d, (e, f)] = 1, (2, 3), [4, (5, 6)]
print a, b, c, d, e, f
(x, y), z = 'ab', 'c'
print x, y, z
for i, (k, v) in enumerate(sorted({'p': 1, 'q': 2}.items())):
    print i, k, v
def point():
    return (1, 2), (3, 4)
(x1, y1), (x2, y2) = point()
print x1 + x2, y1 + y2
first, rest = [1, 2, 3][0], [1, 2, 3][1:]
print first, rest
l = [1, 2]
l[0], l[1] = l[1], l[0]
print l
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print i, lst
a = b = c = 'same'
print a, b, c
x = [1, 2, 3]
p, q, r = x
print p * q * r
s = 'xyz'
(s1, s2, s3) = s
print s3, s2, s1
try:
    (m, n), o = (1, 2, 3), 4
except ValueError as err:
    print 'ValueError:', err
