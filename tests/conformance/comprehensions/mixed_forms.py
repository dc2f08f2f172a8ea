# List comprehension variable leak, nested/conditional comprehensions, class-body comprehensions.
x = 'outer'
squares = [x * x for x in range(5)]
print squares, x
y = 'outer'
g = list(y for y in range(3))
print g, y
print [(i, j) for i in range(3) for j in range(i)]
print [i for i in range(20) if i % 2 if i % 3]
print [[c for c in w] for w in 'ab cd'.split()]
print sorted({k: v for k, v in zip('abc', range(3)) if v}.items())
print sorted({c.upper() for c in 'hello'})
print [a + b for a, b in [(1, 2), (3, 4)]]
print [x if x % 2 else -x for x in range(6)]
print sum(x for x in range(10) if x % 3 == 0)
print [lambda: i for i in range(3)][0](), i
matrix = [[1, 2, 3], [4, 5, 6]]
print [[row[i] for row in matrix] for i in range(3)]
print dict((k, len(k)) for k in ['aa', 'b'])
class C(object):
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(v for v in [1, 2])
print C.doubled, C.total, C.v
print [(x, y) for x in 'ab' for y in 'xy' if x != 'b' or y != 'y']
nested = [x for sub in [[1], [2, 3], []] for x in sub]
print nested
print list(enumerate(x for x in 'abc')), max(len(w) for w in ['a', 'abc'])
print [i for i in xrange(3)], [str(i) for i in (1, 2)], [None for _ in '']
evens = (n for n in range(10) if n % 2 == 0)
print next(evens), list(evens)
print sorted({i: i * i for i in range(4)}.items())
print [x for x in [3, 1, 2] if x > 1 for y in range(x)]
def f():
    return [n for n in range(3)], n
print f()
