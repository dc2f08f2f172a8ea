# Unusual for-loop targets: attributes, subscripts, nested tuples.
class Box(object):
    pass
b = Box()
for b.value in [1, 2, 3]:
    pass
print b.value
l = [0, 0]
for l[0] in 'xyz':
    pass
print l
d = {}
for d['k'] in range(4):
    pass
print d
for (x, y), [z] in [((1, 2), [3])]:
    print x, y, z
for i, (a, b) in enumerate(zip('ab', 'cd')):
    print i, a, b
pairs = {'a': 1, 'b': 2}
for k, v in sorted(pairs.iteritems()):
    print k, v
