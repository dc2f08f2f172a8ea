# len, list, tuple, dict, set, str, range, xrange, max, min.
print len('abc'), len([1, 2]), len(()), len({'a': 1}), len(set([1, 1])), len(xrange(10)), len(range(3, 9, 2))
print list(), list('ab'), list((1, 2)), list(xrange(3)), sorted(list({'k': 1, 'j': 2}))
print tuple(), tuple([1]), tuple('xy')
print sorted(dict(a=1, b=2).items()), sorted(dict([(1, 2)]).items()), sorted(dict({'x': 0}, y=1).items())
print sorted(set('aab')), set(), sorted(set([3, 1]))
print str(), str(5), str([1, 'a'])
print range(5), range(2, 5), range(0, 10, 3), range(10, 0, -2), range(5, 0), range(-3), range(0, -5, -1)
print list(xrange(3)), list(xrange(1, 10, 4)), list(xrange(5, 0, -1)), xrange(4), xrange(1, 5), xrange(0, 10, 2)
print xrange(10)[3], xrange(10)[-1], len(xrange(0, 10, 3)), 5 in xrange(10), 10 in xrange(10)
print max(3, 7, 5), max([1, 9, 2]), max('hello'), max([0])
print min(3, 7, 5), min([4, 2, 8]), min('hello'), min((2, 'b'), (2, 'a'))
print max(['apple', 'fig', 'kiwi'], key=len), min(['apple', 'fig', 'kiwi'], key=len)
print max(1, 2, key=lambda x: -x), min([-3, 2, -1], key=abs), max([1, 1.0]), max([1.0, 1])
try:
    max([])
except ValueError as e:
    print 'ValueError:', e
try:
    min()
except TypeError as e:
    print 'TypeError:', e
