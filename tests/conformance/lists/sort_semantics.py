# list.sort details: stability, reverse, key/cmp together, errors, empty-during-sort.
data = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (2, 'e'), (1, 'f')]
print sorted(data, key=lambda p: p[0])
print sorted(data, key=lambda p: p[0], reverse=True)
print sorted(data, cmp=lambda a, b: cmp(a[0], b[0]), reverse=True)
print sorted(data, cmp=lambda a, b: cmp(b, a), key=lambda p: p[1])
print sorted([3, 1, 2], None, None, True), sorted([3, 1, 2], reverse=1)
calls = []
def k(x):
    calls.append(x)
    return -x
print sorted([1, 2, 3], key=k), calls
l = [5, 3, 4]
def keyl(x):
    return len(l)
l.sort(key=keyl)
print l
l = [3, 2, 1]
def bad(x):
    if x == 2:
        raise KeyError('two')
    return x
try:
    l.sort(key=bad)
except KeyError as e:
    print 'KeyError', e, l
l = [3, 2, 1]
def grow(a, b):
    l.append(1)
    return cmp(a, b)
try:
    l.sort(cmp=grow)
except ValueError as e:
    print 'ValueError:', e, l
class Odd(object):
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'Odd(%d)' % self.v
print sorted([Odd(3), Odd(1), Odd(2)])
print sorted([Odd(2), Odd(1)], reverse=True)
class Cmp(object):
    def __init__(self, v):
        self.v = v
    def __cmp__(self, other):
        return cmp(self.v, other.v)
    def __repr__(self):
        return 'Cmp(%d)' % self.v
print sorted([Cmp(3), Cmp(1), Cmp(2)])
seed = [5]
def rand():
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return seed[0] % 51
nums = [rand() for _ in range(200)]
s = sorted(nums)
print s == sorted(nums, cmp=lambda a, b: cmp(a, b)), s[:10], s[-5:]
pairs = [(n % 7, i) for i, n in enumerate(nums)]
byk = sorted(pairs, key=lambda p: p[0])
print all(byk[i][1] < byk[i + 1][1] for i in range(len(byk) - 1) if byk[i][0] == byk[i + 1][0])
words = ['b', 'A', 'c', 'B', 'a']
print sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True)
print sorted([1.5, -2, 3L, 0.0, True]), sorted(['b', 'a', 'c'], reverse=True)
print sorted([[2], [1, 5], [1]]), sorted([(2, 'x'), (1, 'y')], key=lambda t: t[1])
try:
    sorted([1, 2, 3], cmp=lambda a, b: 'x')
except TypeError as e:
    print 'TypeError:', e
l = [1]
l.sort(key=lambda x: x)
print l, sorted([]), sorted([], key=lambda x: 1 / 0)
try:
    sorted([1], key=lambda x: 1 / 0)
except ZeroDivisionError:
    print 'key called for a single item'
