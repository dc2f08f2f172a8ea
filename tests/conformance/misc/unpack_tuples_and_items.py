# Tuple unpacking: tuples of the right size (shared or not), lists, strings,
# generators, dict items in for loops, and the errors for wrong sizes.
def pair():
    return 1, [2]

a, b = pair()
t = (3, 4)
c, d = t
print a, b, c, d, t
x, y = [5, 6]
p, q = "pq"
g1, g2 = (i * i for i in range(2))
print x, y, p, q, g1, g2
d1 = {'k1': 1, 'k2': 2}
for k, v in sorted(d1.items()):
    print k, v
for (k, v), n in zip(sorted(d1.items()), range(2)):
    print k, v, n
m, n = n, m = 7, 8
print m, n
for bad in [(1, 2, 3), (1,), [1, 2, 3], "abc", ()]:
    try:
        u, w = bad
    except ValueError as e:
        print type(bad).__name__, e
try:
    u, w = 5
except TypeError as e:
    print e
