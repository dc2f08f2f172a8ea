# The itertools types: reprs, subclassing, errors, overflow into longs.
import sys
from itertools import *

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__ + ':', e

# reprs (a subclass still says count/repeat)
print repr(count()), repr(count(5)), repr(count(1.5)), repr(count(5, 2)), repr(count(2, 1.0))
print repr(count(sys.maxint + 1)), repr(count(-1)), repr(count(True))
print repr(repeat(1)), repr(repeat(1, 3)), repr(repeat('a', -2))
class C(count):
    pass
class R(repeat):
    pass
print repr(C(3)), repr(R('x', 2)), type(C(3)).__name__, isinstance(C(3), count)
print type(count).__name__, count.__name__, count.__module__, type(chain.from_iterable([]))

# count past sys.maxint goes on in longs
c = count(sys.maxint - 1)
print next(c), next(c), next(c), repr(c)
c = count(-sys.maxint - 1, -1)
print next(c), next(c)
print list(islice(count(3.25 - 4j), 2)), list(islice(count(1, 0.5), 3))
print count(5).__reduce__()[1], count(5, 3).__reduce__()[1]

# length hints of repeat
print repeat(1, 3).__length_hint__(), repeat(1, -1).__length_hint__()
show(lambda: repeat(1).__length_hint__())
r = repeat(0, 2); next(r); print r.__length_hint__(), list(r), r.__length_hint__()

# argument errors
for f in [lambda: repeat(1, float('nan')), lambda: repeat(1, 2.5), lambda: repeat(1, 'a'),
          lambda: repeat(1, 2 ** 64), lambda: count('a'), lambda: count(1, 'a'), lambda: count(1, 2, 3),
          lambda: count(x=1), lambda: repeat(), lambda: cycle(), lambda: cycle(1, 2), lambda: cycle(x=1),
          lambda: chain(x=1), lambda: compress([1]), lambda: starmap(len), lambda: groupby(),
          lambda: takewhile(len), lambda: dropwhile(len, [], 1), lambda: ifilter(None),
          lambda: ifilterfalse(None), lambda: islice([]), lambda: islice([], 1, 2, 3, 4),
          lambda: islice([], -1), lambda: islice([], 1, -5), lambda: islice([], 0, 5, 0),
          lambda: islice([], 'a'), lambda: islice([], -1, 5), lambda: islice([], 2 ** 64),
          lambda: izip(1), lambda: izip([], 3), lambda: izip(x=1), lambda: izip_longest([], 3),
          lambda: izip_longest(x=1), lambda: izip_longest(fillvalue=1, x=2), lambda: imap(None),
          lambda: imap(None, 3), lambda: tee([], -1), lambda: tee(), lambda: tee(3), lambda: tee([], 1.5),
          lambda: tee([], 1, 2), lambda: product([1], repeat=-1), lambda: product(x=1),
          lambda: product(3), lambda: combinations([1], -1), lambda: combinations([1]),
          lambda: combinations_with_replacement([1], -2), lambda: permutations([1], -1),
          lambda: permutations(), lambda: permutations([1], 'a'), lambda: next(starmap(len, [1])),
          lambda: next(imap(len, [1])), lambda: next(chain([1], 2, [3]))]:
    show(f)

# islice arguments: None, longs, floats
print list(islice(range(10), 2L, 8.0, 2)), list(islice(range(10), None, 8, None))
print list(islice(range(10), None)), list(islice(range(10), 3, None, 3))
it = iter(range(10)); print list(islice(it, 3)), next(it)
