# Sort stability, key/cmp/reverse combinations, multi-key sorting.
records = [('bob', 'B', 85), ('alice', 'A', 92), ('carol', 'B', 85), ('dave', 'A', 78), ('eve', 'C', 92)]
by_score = sorted(records, key=lambda r: r[2], reverse=True)
for r in by_score: print '%-6s %s %d' % r
print
by_grade_then_name = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1])
print [r[0] for r in by_grade_then_name]
print sorted(records, cmp=lambda a, b: cmp(a[2], b[2]) or cmp(b[0], a[0]))
print sorted([3, 1, 2], key=lambda x: 0), sorted('hello world'.split(), key=len)
data = [5, 2, 8, 2, 9, 1]
data.sort(reverse=True); print data
data.sort(key=lambda x: x % 3); print data
data.sort(cmp=lambda a, b: b - a, key=lambda x: -x); print data
print sorted([1.5, 1, 1L, True, 0.5]), sorted([[3], [1, 2], [1]]), sorted([(1, 'b'), (1, 'a', 0), (0,)])
print sorted('BaAb'), sorted('BaAb', key=str.lower), sorted(['a10', 'a2', 'a1'])
print sorted([-3, 2, -1], key=abs), sorted({'x': 3, 'y': 1}.items(), key=lambda i: i[1])
students = {'ann': [90, 80], 'bo': [70, 95], 'cy': [85, 85]}
avg = dict((k, sum(v) / float(len(v))) for k, v in students.items())
for name in sorted(avg, key=lambda n: (-avg[n], n)):
    print '%-4s %.1f' % (name, avg[name])
class Item(object):
    def __init__(self, n, p): self.n, self.p = n, p
    def __repr__(self): return '%s:%s' % (self.n, self.p)
items = [Item('a', 3), Item('b', 1), Item('c', 3), Item('d', 2)]
print sorted(items, key=lambda i: i.p), sorted(items, key=lambda i: -i.p)
import operator
print sorted(items, key=operator.attrgetter('p', 'n'))
try:
    sorted([1, 2], reverse='yes')
except TypeError as e:
    print 'TypeError', e
print list(reversed(sorted(range(5))))
words = ['banana', 'Apple', 'cherry', 'apple']
words.sort(); print words
words.sort(key=str.lower); print words
words.sort(key=lambda w: (len(w), w)); print words
