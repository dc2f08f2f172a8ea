# itertools.tee is lazy (works on infinite iterators), groupby groups are
# used up when the groupby moves on, and argument errors come at the call.
import itertools as I
a, b = I.tee(I.count())
print [a.next() for i in range(5)], b.next(), b.next(), a.next()
src = iter([1, 2, 3, 4])
x, y, z = I.tee(src, 3)
print list(x), next(y), list(z), list(y)
print I.tee([1], 0)
try:
    I.tee([1], -1)
except ValueError as e:
    print 'ValueError', e
g = I.groupby('aabbcaa')
k1, g1 = next(g)
k2, g2 = next(g)
print k1, list(g1), k2, list(g2)
print [(k, list(v)) for k, v in I.groupby('aabbcaa')]
print [(k, list(v)) for k, v in I.groupby([1, 2, 3, 4, 5, 6], key=lambda n: n // 3)]
print [k for k, v in I.groupby([])]
groups = list(I.groupby('xxy'))
print [(k, list(v)) for k, v in groups]
naturals = I.groupby(I.count(), key=lambda n: n // 10)
print [list(v)[:2] for k, v in I.islice(naturals, 3)]
for f in [lambda: I.izip(1), lambda: I.izip([], 1), lambda: I.izip_longest([1], 2), lambda: I.izip_longest([1], foo=1),
          lambda: I.imap(None, 5), lambda: I.imap(None), lambda: I.cycle(5), lambda: I.permutations(5), lambda: I.product(5),
          lambda: I.combinations([1], -1), lambda: I.permutations([1], -1), lambda: I.starmap(pow, 5), lambda: I.ifilter(None, 5),
          lambda: I.takewhile(None, 5), lambda: I.groupby(5), lambda: I.compress([1], 5), lambda: I.count('a'), lambda: I.product([1], foo=2)]:
    try:
        f()
        print 'no error'
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
print list(I.combinations_with_replacement('ab', 2)), list(I.compress('abc', [1, 0, 1])), list(I.cycle('')), list(I.islice(I.cycle('ab'), 3))
print list(I.izip_longest('ab', 'c', fillvalue=0)), list(I.product('ab', repeat=2))
