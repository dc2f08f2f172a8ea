# sort and sorted with key, reverse and cmp.
l = [5, 2, 9, 1, 5, 6]
l.sort(); print l
l.sort(reverse=True); print l
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
print sorted(words)
print sorted(words, key=str.lower)
print sorted(words, key=len)
print sorted(words, key=len, reverse=True)
print sorted(words, cmp=lambda a, b: cmp(len(a), len(b)) or cmp(a, b))
print sorted(words, lambda a, b: cmp(b, a))
words.sort(key=lambda w: w[-1]); print words
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
print sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, reverse=True)
# stability
recs = [('x', 2), ('y', 1), ('z', 2), ('w', 1)]
print sorted(recs, key=lambda r: r[1])
print sorted(recs, key=lambda r: r[1], reverse=True)
print sorted('hello'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}), sorted([])
print sorted([3.5, 1, 2L, -1, True])
r = l.sort()
print r
l = [[3, 'c'], [1, 'a'], [2, 'b']]
l.sort(key=lambda x: x[0])
print l
print sorted(range(10), key=lambda x: (x % 3, -x))
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print 'ZeroDivisionError:', e
big = range(1000, 0, -1)
big.sort()
print big[:5], big[-3:], big == range(1, 1001)
