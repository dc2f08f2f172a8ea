# List methods, slicing, slice assignment/deletion, errors, map/filter/reduce/zip.
a = [5, 3, 8, 1]
a.append(7); a.insert(0, 9); a.insert(100, 0); a.insert(-1, 4)
print a
print a.pop(), a.pop(0), a.pop(-2), a
a.remove(8); print a
a.extend((10, 11)); a.extend('ab'); print a
a.reverse(); print a, a.count(10), a.index(10)
del a[0]; del a[1:3]; print a
a[1:1] = [100, 200]; print a
a[::2] = ['x'] * len(a[::2]); print a
b = range(10)
print b[::3], b[::-2], b[7:2:-1], b[-100:100], b[5:2], b[:-7]
del b[::2]; print b
b += [1]; b *= 2; print b, len(b)
print [1, 2] * 0, [] * 5, [[]] * 2, [1] + [2]
try:
    [].pop()
except IndexError as e:
    print 'IndexError', e
try:
    [1].remove(2)
except ValueError as e:
    print 'ValueError', e
try:
    [1, 2].index(5)
except ValueError as e:
    print 'ValueError', e
try:
    b[::2] = [1]
except ValueError as e:
    print 'ValueError', e
c = [3, 1, 2]
print c.sort(), c, sorted(c, reverse=True), list(reversed(c))
print [1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] == [], [1, [2]] == [1, [2]]
print range(5, 0, -1), range(0), range(-3), range(1, 10, 4), xrange(5), list(xrange(2, 8, 3))
s = [1, 2, 3]
t = s
t.append(4)
print s, s is t, s[:] is s, list(s) == s
nested = [[1, 2], [3, 4]]
flat = [x for row in nested for x in row]
print flat, sum(nested, []), map(None, [1, 2], [3]), zip([1, 2, 3], 'ab')
print map(lambda x, y: x + y, [1, 2], [10, 20]), filter(None, [0, 1, '', 'a', [], None]), reduce(lambda a, b: a * b, range(1, 6))
print list(enumerate('abc', 1)), all([]), any([]), sum([0.5, 1]), max([1, 5, 3], key=lambda x: -x)
L = [1, 2, 3, 4, 5, 6]
L[1:5] = []
print L
L[10:] = [7]
print L
print [1, 2, 3].__len__(), [].__class__, list.__name__
x = [1, 2, 3]
x[-1] += 10
print x, x[-3], x.__getitem__(0)
print repr([1.0, 'a', None, True, 2L, (), [[]]])
