# Dict and set comprehensions.
d = {x: x * x for x in range(5)}
print sorted(d.items())
print sorted({k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]}.items())
print sorted({v: k for k, v in {'x': 1, 'y': 2}.items()}.items())
print sorted({w[0]: w for w in ['apple', 'avocado', 'banana']}.items())
print sorted({x % 3 for x in range(10)})
print sorted({c for c in 'mississippi'})
print sorted({(x, y) for x in range(2) for y in range(2)})
print sorted({x for x in range(10) if x % 2})
print {k: [] for k in []}, {x for x in []}
print type({x for x in 'a'}).__name__, type({x: 1 for x in 'a'}).__name__
x = 'unchanged'
s = {x for x in range(3)}
dd = {x: 1 for x in range(3)}
print 'set/dict comp variable does not leak:', x
counts = {c: 'mississippi'.count(c) for c in set('mississippi')}
print sorted(counts.items())
nested = {i: {j: i * j for j in range(3)} for i in range(2)}
print sorted((k, sorted(v.items())) for k, v in nested.items())
