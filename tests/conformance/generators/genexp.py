# Generator expressions.
g = (x * x for x in range(5))
print type(g).__name__, next(g), list(g), list(g)
print sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab'])
print sorted((c for c in 'banana'), reverse=True)
print list((i, j) for i in range(3) for j in range(i))
print list(x for x in range(20) if x % 3 == 0 if x % 2 == 0)
print any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1])
print dict((k, len(k)) for k in ['a', 'bb']) == {'a': 1, 'bb': 2}
print set(x % 3 for x in range(10)) == set([0, 1, 2])
print ', '.join(str(n) for n in [1, 2, 3])
x = 'outer'
list(x for x in range(3))
print 'genexp variable does not leak:', x
nested = ((a, b) for a in 'ab' for b in (1, 2))
print list(nested)
evaluated = []
def src():
    evaluated.append('src called')
    return [1, 2]
lazy = (v * 10 for v in src())
print evaluated
print list(lazy)
