# enumerate, zip, map, filter, reduce, sum, iter, next, reversed, sorted.
print list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5))
print list(enumerate(['x', 'y'], start=10))
print zip([1, 2, 3], 'ab'), zip(), zip([1]), zip('ab', 'cd', 'ef')
print map(str, [1, 2]), map(None, [1, 2]), map(None, [1, 2], 'ab')
print map(lambda a, b: a + b, [1, 2], [10, 20]), map(None, [1, 2, 3], 'a')
print map(lambda a, b: (a, b), [1, 2], [3])
print filter(None, [0, 1, '', 'a', None, [], [0]]), filter(lambda x: x > 1, [1, 2, 3])
print filter(lambda c: c in 'aeiou', 'education'), filter(None, (0, 1, 2)), filter(str.isdigit, 'a1b2')
print reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3, 9, 2])
print reduce(lambda acc, c: c + acc, 'abc', '')
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print 'TypeError:', e
print sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum([[1], [2]], []), sum(())
try:
    sum(['a'], '')
except TypeError as e:
    print 'TypeError:', e
it = iter([1, 2])
print next(it), next(it), next(it, 'default')
data = ['line1', 'line2', 'STOP', 'line3']
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print list(iter(reader, 'STOP'))
print list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(xrange(4))), list(reversed((1, 2)))
print sorted([3, 1, 2], reverse=True), sorted('bca'), sorted([(2, 'a'), (1, 'b')], key=lambda p: p[1])
print sorted([5, 2, 8], cmp=lambda a, b: b - a)
try:
    next(iter([]))
except StopIteration:
    print 'StopIteration'
