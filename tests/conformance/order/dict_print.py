# Dict iteration order as a Python 2.7 user sees it: printing, keys(), values(),
# items(), iteration and views.  CPython 2.7 iterates in hash-table slot order.

words = ['apple', 'banana', 'cherry', 'date', 'elder', 'fig', 'grape', 'honeydew',
         'kiwi', 'lemon', 'mango', 'nectarine', 'orange', 'papaya', 'quince',
         'raspberry', 'strawberry', 'tangerine', 'ugli', 'vanilla', 'watermelon',
         'xigua', 'yam', 'zucchini', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h',
         'ab', 'ba', 'abc', 'cba', 'x1', 'x2', 'x3', 'x10']

# Small literals (literal sizes around the 5/6 boundary matter for presizing).
print {'b': 1, 'a': 2}
print {'a': 1, 'b': 2, 'c': 3}
print {'x': 1, 'y': 2, 'z': 3, 'w': 4}
print {'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5}
print {'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6}
print {'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7}
print {'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4, 'k5': 5, 'k6': 6, 'k7': 7, 'k8': 8, 'k9': 9}
print {3: 'c', 1: 'a', 2: 'b'}
print {10: 0, 9: 1, 8: 2, 7: 3, 6: 4, 5: 5, 4: 6, 3: 7}
print {100: 'a', 8: 'b', 16: 'c', 0: 'd', 24: 'e', 32: 'f'}
print {1: 'int', 'one': 'str', 2.5: 'float', (1, 2): 'tuple'}
print {'name': 'Bob', 'age': 42, 'city': 'Paris', 'email': 'bob@example.com'}

# Literals of every size 1..40 written out with str keys.
print {'apple': 0}
print {'apple': 0, 'banana': 1}
print {'apple': 0, 'banana': 1, 'cherry': 2}
print {'apple': 0, 'banana': 1, 'cherry': 2, 'date': 3}
print {'apple': 0, 'banana': 1, 'cherry': 2, 'date': 3, 'elder': 4}
print {'apple': 0, 'banana': 1, 'cherry': 2, 'date': 3, 'elder': 4, 'fig': 5}
print {'apple': 0, 'banana': 1, 'cherry': 2, 'date': 3, 'elder': 4, 'fig': 5, 'grape': 6}
print {'apple': 0, 'banana': 1, 'cherry': 2, 'date': 3, 'elder': 4, 'fig': 5, 'grape': 6, 'honeydew': 7}
print {'apple': 0, 'banana': 1, 'cherry': 2, 'date': 3, 'elder': 4, 'fig': 5, 'grape': 6, 'honeydew': 7, 'kiwi': 8, 'lemon': 9, 'mango': 10, 'nectarine': 11}

# Source for literals of size n: built with eval so the compiler's literal
# (BUILD_MAP presize) path is used for every size 1..40.
def literal(keys):
    return '{' + ', '.join('%r: %d' % (k, i) for i, k in enumerate(keys)) + '}'

for n in range(1, 41):
    d = eval(literal(words[:n]))
    print n, d.keys()
for n in range(1, 41):
    d = eval(literal(range(n, 0, -1)))
    print n, d.keys()
for n in range(1, 41, 3):
    d = eval(literal(range(0, 8 * n, 8)))
    print n, d.keys()
for n in range(1, 41, 3):
    ks = []
    for i in range(n):
        ks.append(words[i] if i % 2 else i * 7 - 20)
    d = eval(literal(ks))
    print n, d.keys()

# Built by insertion, printed at every size.
d = {}
for i, w in enumerate(words):
    d[w] = i
    if i < 12 or i % 5 == 0:
        print len(d), d
print d.keys()
print d.values()
print d.items()
print list(iter(d))
print list(d.iterkeys())
print list(d.itervalues())
print list(d.iteritems())
print d.viewkeys()
print d.viewvalues()
print d.viewitems()
print list(d.viewkeys()) == d.keys()

# Ints: small, large, negative, sparse, dense.
d = {}
for i in range(40):
    d[i * i] = i
print d
d = {}
for i in range(30):
    d[-i] = i
print d
d = {}
for i in range(20):
    d[i * 1000003] = i
print d.keys()
d = {}
for i in range(20):
    d[2 ** (i * 3)] = i
print d.keys()
print dict.fromkeys(range(25, -25, -3)).keys()
print dict.fromkeys([-1, -2, 0, 1, 2]).keys()

# Longs and floats.
print {10 ** 20: 'a', 2 ** 64: 'b', -2 ** 70: 'c', 7L: 'd', 3L: 'e'}
print dict.fromkeys([1L << s for s in range(0, 100, 7)]).keys()
print {1.5: 'a', 0.25: 'b', -3.75: 'c', 1e10: 'd', 2.0: 'e', 0.1: 'f', 100.5: 'g'}
print dict.fromkeys([i / 4.0 for i in range(-10, 20)]).keys()
print dict.fromkeys([1.0, 1, 1L, True, 2, 2.0]).items()

# Tuples as keys.
print dict.fromkeys([(i, j) for i in range(4) for j in range(4)]).keys()
print dict.fromkeys([('a', i) for i in range(12)]).keys()
print {(1, 'x'): 1, (2, 'y'): 2, ('z', 3): 3, (): 4, ((1, 2), 3): 5}
print dict.fromkeys([frozenset([i, i + 1]) for i in range(10)]).keys()

# str and unicode keys mixed (equal ascii str and unicode hash equally).
print {u'alpha': 1, 'beta': 2, u'gamma': 3, 'delta': 4, u'epsilon': 5}
print dict.fromkeys([u'\xe9t\xe9', u'caf\xe9', u'na\xefve', 'plain', u'plain2', u'\u4e2d\u6587']).keys()
d = {}
for i, w in enumerate(words[:20]):
    d[unicode(w) if i % 3 == 0 else w] = i
print d
d['apple'] = 'str-overwrites-unicode'
print d.items()[:5]

# Nested dicts, repr and str.
nested = {'outer': {'b': 1, 'a': 2, 'c': {'z': 26, 'y': 25}},
          'list': [{'q': 1, 'p': 2}], 'tuple': ({'m': 1, 'n': 2},)}
print nested
print repr(nested)
print str(nested)
print [nested]
print {'k': dict.fromkeys('hello world')}

# Single characters and digits as keys.
print dict.fromkeys('abcdefghijklmnopqrstuvwxyz').keys()
print dict.fromkeys('zyxwvutsrqponmlkjihgfedcba').keys()
print dict.fromkeys('0123456789').keys()
print dict.fromkeys(map(str, range(40))).keys()
print dict.fromkeys(['key%d' % i for i in range(30)]).keys()

# Iteration with for, enumerate, zip, sorted vs unsorted.
d = dict(zip(words[:15], range(15)))
for k in d:
    print k,
print
for k, v in d.iteritems():
    print '%s=%d' % (k, v),
print
print list(enumerate(d))[:6]
print zip(d, d.values())[:6]
print max(d), min(d), sorted(d) == sorted(d.keys())
print '-'.join(d)
print [k for k in d if len(k) > 5]
print dict(d) == d, d.keys() == dict(d).keys()
