# lambda expressions.
sq = lambda x: x * x
add = lambda a, b=10: a + b
print sq(5), add(1), add(1, 2), (lambda: 'no args')(), (lambda *a: len(a))(1, 2, 3)
print map(lambda x: x + 1, [1, 2, 3]), filter(lambda x: x % 2, range(10))
print sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s))
print sq.__name__, type(sq).__name__
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print inc_then_sq(3)
fs = [lambda x, n=n: x + n for n in range(3)]
print [f(10) for f in fs]
late = [lambda x: x + n for n in range(3)]
print [f(10) for f in late]
print (lambda **k: sorted(k.items()))(a=1, b=2)
nested = lambda x: (lambda y: x * y)
print nested(3)(4)
print reduce(lambda acc, x: acc * x, range(1, 6))
