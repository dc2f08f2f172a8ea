# Set and frozenset iteration order as CPython 2.7 shows it: literals,
# constructors, copies, comprehensions, reprs and pop sequences.

words = ['apple', 'banana', 'cherry', 'date', 'elder', 'fig', 'grape', 'honeydew',
         'kiwi', 'lemon', 'mango', 'nectarine', 'orange', 'papaya', 'quince',
         'raspberry', 'strawberry', 'tangerine', 'ugli', 'vanilla', 'watermelon']

# Literals of several sizes.
print {'b', 'a'}
print {'a', 'b', 'c'}
print {'red', 'green', 'blue', 'yellow'}
print {'one', 'two', 'three', 'four', 'five'}
print {'one', 'two', 'three', 'four', 'five', 'six'}
print {3, 1, 2}
print {100, 8, 16, 0, 24, 32}
print {1, 'one', 2.5, (1, 2), -7, 10 ** 20}
for n in range(1, 31):
    src = '{' + ', '.join(repr(w) for w in (words + ['x%d' % i for i in range(20)])[:n]) + '}'
    print n, list(eval(src))
for n in range(1, 31, 4):
    print n, list(eval('{' + ', '.join(str(i * 13 - 50) for i in range(n)) + '}'))

# Constructors: set(list), set(str), set(dict), set(set), frozenset(...).
print set(words)
print set(reversed(words))
print set('hello world')
print set('abracadabra')
print set('the quick brown fox jumps over the lazy dog')
print set({'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4, 'k5': 5, 'k6': 6})
print set(dict.fromkeys(words))
print set(set(words))
print set(frozenset(words))
print frozenset(words)
print frozenset('mississippi')
print frozenset([1, 2, 3])
print frozenset()
print set()
print set(range(20, -20, -3))
print set(i * i for i in range(-10, 10))
print set(xrange(0, 300, 16))
print set([2 ** i for i in range(0, 70, 5)])
print set([i / 8.0 for i in range(-12, 12, 3)])
print set(u'\xe9l\xe8ve')
print set([u'alpha', 'beta', u'gamma', 'delta'])

# Copies keep or recompute order.
s = set(words)
print s.copy()
print set(s.copy()) == s, list(s.copy()) == list(s)
s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
print list(s)[:20], list(s.copy())[:20], list(set(s))[:20]
f = frozenset(s)
print list(f)[:20], list(f.copy())[:20]

# Sets of tuples and strings.
print set((i, j) for i in range(3) for j in range(3))
print set([('a', 1), ('b', 2), ('c', 3), ('a', 2)])
print set(['x' * i for i in range(1, 12)])
print set(map(str, range(25)))
print set(['key%d' % i for i in range(30)])
print frozenset([frozenset([1, 2]), frozenset([3]), frozenset()])

# Nested reprs.
print [set('abc'), frozenset('xyz')]
print {'s': set(['q', 'w', 'e']), 'f': frozenset(['r', 't', 'y'])}
print (frozenset(['one', 'two', 'three']),)
print set([frozenset('ab'), frozenset('cd'), frozenset('ef')])

# Comprehensions.
print {w[0] for w in words}
print {len(w) for w in words}
print {w.upper() for w in words if 'a' in w}
print {i % 7 for i in range(100)}
print {x * y for x in range(5) for y in range(5)}

# pop sequences.
s = set(words)
print [s.pop() for _ in range(8)]
print s
s.add('zzz')
s.add('aaa')
print [s.pop() for _ in range(5)]
s = set(range(30))
print [s.pop() for _ in range(30)]
s = set(['e%d' % i for i in range(40)])
order = []
while s:
    order.append(s.pop())
print order
s = set(range(0, 64, 8))
for i in range(6):
    v = s.pop()
    s.add(v + 1)
    print v, list(s)

# add / discard / remove with reuse of freed slots.
s = set()
for w in words[:10]:
    s.add(w)
print s
s.discard('date')
s.discard('fig')
s.remove('apple')
print s
s.add('apricot')
s.add('blueberry')
print s
for w in words[10:]:
    s.add(w)
print s
for w in words[::2]:
    s.discard(w)
print s
s.update(['x', 'y', 'z'])
print s
s.clear()
s.update('hello')
print s

# Iteration in for loops and with functions.
s = set(words[:12])
for w in s:
    print w,
print
print ' '.join(s)
print list(enumerate(s))[:5]
print sorted(s) == sorted(list(s)), len(s)
print [w for w in frozenset(words) if len(w) == 5]
print tuple(set([5, 3, 9, 1, 7]))
print max(set(words)), min(set(words))
