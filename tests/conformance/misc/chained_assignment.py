# Chained assignment, aliasing and swaps.
a = b = []
a.append(1)
print a, b, a is b
x = y = z = 0
x += 1
print x, y, z
p = q = [0] * 2
p[0] = 'changed'
print q
m, n = n, m = 1, 2
print m, n
i = j = k = 'str'
print i, j, k, i is j
v1, v2 = 1, 2
v1, v2 = v2, v1
print v1, v2
a1, b1, c1 = 1, 2, 3
a1, b1, c1 = c1, a1, b1
print a1, b1, c1
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print l
d = {}
d['a'] = d['b'] = 5
print sorted(d.items())
class C(object):
    pass
o = C()
o.x = o.y = 'shared'
print o.x, o.y
t = u = (1, 2)
t += (3,)
print t, u
