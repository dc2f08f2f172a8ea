# List comprehensions, nested and with conditions; the loop variable leaks in 2.7.
print [x * 2 for x in range(5)]
print [x for x in range(20) if x % 3 == 0]
print [x for x in range(30) if x % 2 if x % 5]
print [(x, y) for x in range(3) for y in range(3) if x != y]
print [[y for y in range(x)] for x in range(4)]
print [c.upper() for c in 'hello' if c not in 'aeiou']
print [a + b for a, b in zip('abc', 'xyz')]
print [(k, v) for k, v in sorted({'b': 2, 'a': 1}.items())]
matrix = [[1, 2, 3], [4, 5, 6]]
print [row[i] for i in range(3) for row in matrix]
print [[row[i] for row in matrix] for i in range(3)]
print [x if x % 2 else -x for x in range(6)]
print [len(w) for w in 'the quick brown fox'.split()]
leak = 'before'
squares = [leak for leak in range(4)]
print 'list comp variable leaks:', leak
[inner_i for inner_i in 'xyz']
print 'inner_i =', inner_i
def f():
    [local_v for local_v in (1, 2)]
    return local_v
print f()
print [i for i in []], [None for _ in range(2)]
print [x for x in (1, 2, 3)], [x for x in xrange(3)], [x for x in set([5])]
print [(lambda n: n * 10)(x) for x in range(3)]
print [[0] * 2 for _ in range(2)]
