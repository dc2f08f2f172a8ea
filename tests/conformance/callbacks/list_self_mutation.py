# Lists extended/assigned with themselves, removal while iterating, mutation in sort cmp.
l = [1, 2, 3]
l.extend(l)
print l
l = [1, 2]
l[:] = l
print l
l += l
print l
l = [1, 2, 3]
l[1:2] = l
print l
l = [3, 1, 2]
print max(l, key=lambda x: -x), len(l)
l = [1, 2, 3]
print filter(lambda x: x > 1, l), l
d = {'a': 1, 'b': 2}
print sorted(d, key=lambda k: d.setdefault(k + k, 0) if len(d) < 4 else 0), len(d)
l = [1, 2, 3]
class R(object):
    def __repr__(self):
        l.append(4)
        return 'R'
l2 = [R(), R()]
print repr(l2), len(l)
l = [5, 6]
it = iter(l)
l.append(7)
print list(it)
l = [1, 2, 3, 4, 5, 6]
for i, x in enumerate(l):
    if x % 2 == 0:
        del l[i]
print l
l = range(10)
for x in l[:]:
    if x % 3 == 0:
        l.remove(x)
print l
d = dict.fromkeys(range(5), 0)
for k in list(d):
    d.pop(k)
    d[k + 100] = 1
print sorted(d)
s = set([1, 2])
for x in list(s):
    s.add(x * 10)
print sorted(s)
l = [[1], [2]]
for sub in l:
    sub.append(0)
print l
matrix = [[0] * 2] * 2
matrix[0][0] = 1
print matrix
l = [1, 2, 3]
l.sort(key=lambda x: -x)
print l, l.reverse(), l
l = [3, 1, 2]
def bad_cmp(a, b):
    l.append(9)
    return cmp(a, b)
try:
    l.sort(cmp=bad_cmp)
except ValueError as e:
    print 'ValueError', e
print l
