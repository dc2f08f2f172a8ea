# itertools iterators at work: the combinatorics, groupby, tee, re-entry.
from itertools import *

print list(chain('ab', [], 'cd')), list(chain.from_iterable(['ab', 'c'])), list(chain())
print list(compress('abcdef', [1, 0, 1, 1])), list(compress('ab', [1, 1, 1, 1]))
print list(ifilter(None, [0, 1, 2, '', 'a'])), list(ifilter(bool, [0, 3])), list(ifilter(lambda x: x % 2, range(6)))
print list(ifilterfalse(None, [0, 1, '', 'a'])), list(ifilterfalse(lambda x: x % 2, range(6)))
print list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1]))
print list(starmap(pow, [(2, 3), [3, 2]])), list(imap(None, 'ab', 'xyz')), list(imap(pow, [2, 3], [2, 2]))
print list(izip('abc', count())), list(izip()), list(izip_longest('ab', 'wxyz', fillvalue='-'))
print list(izip_longest()), list(izip_longest('a', []))
print list(islice(cycle('abc'), 7)), list(cycle([]))
print list(product('ab', range(2))), list(product()), list(product([], [1])), list(product('ab', repeat=2))
print list(combinations('abcd', 2)), list(combinations('ab', 3)), list(combinations('ab', 0))
print list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 0))
print list(combinations_with_replacement('', 1))
print list(permutations('abc')), list(permutations('abcd', 2))[:5], list(permutations('a', 2)), list(permutations([], 0))
print len(list(permutations(range(6)))), len(list(combinations(range(10), 4)))

# groupby: a group is used up once the groupby moves on
print [(k, list(g)) for k, g in groupby('aaabbcaa')]
print [(k, list(g)) for k, g in groupby([1, 2, 3, 4, 6, 7], key=lambda x: x // 3)]
groups = list(groupby('aabbb'))
print [(k, list(g)) for k, g in groups]
it = groupby('xxyy'); k, g = next(it); print k, next(g), type(g).__name__
print list(groupby([]))

# tee: copies share one read of the source; copies of copies
a, b = tee(iter(range(200)))
print list(islice(a, 3)), list(islice(b, 150))[-1], next(a), list(b)[:2]
x, y, z = tee('abc', 3); print list(x), list(y), list(z)
a, = tee(count(), 1); c = a.__copy__(); print next(a), next(a), next(c), type(a).__name__
print tee([1], 0)
class Copyable(object):
    def __iter__(self): return self
    def next(self): return 1
    def __copy__(self): return 'copied'
t = tee(Copyable(), 2); print t[1]

# a tee whose source reads the tee again
def reader():
    yield next(t2)
t2 = tee(reader(), 1)[0]
try:
    next(t2)
except Exception as e:
    print type(e).__name__, e

# subclasses run their own __init__ and may take keywords
class Chain(chain):
    def __init__(self, *args, **kw):
        self.kw = kw
c = Chain('ab', 'c', flag=1)
print list(c), c.kw, isinstance(c, chain)
class Named(islice):
    def next(self):
        return 'n' + str(islice.next(self))
print list(Named(range(5), 3))
class FromIt(chain):
    pass
f = FromIt.from_iterable(['ab', 'c']); print type(f).__name__, list(f)

# an imap whose function iterates the same imap
src = iter(range(6))
def f(x):
    return (x, next(m, None))
m = imap(f, src)
print list(m)

# exhaustion stays exhaustion
it = islice([1, 2, 3], 2); print list(it), list(it)
z = izip([1], [2]); print list(z), list(z)
print sum(islice(count(), 1000)), sum(repeat(2, 10))
