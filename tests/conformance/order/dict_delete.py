# Dict order after deletions, popitem, pop, setdefault, update, copies,
# fromkeys, comprehensions and growth.  CPython 2.7 reuses deleted (dummy)
# slots and resizes by its own rules, so the order shows all of that.

words = ['w%d' % i for i in range(60)]

# Interleaved inserts and deletes: a deleted slot is reused by a later insert.
d = {}
for i in range(12):
    d[words[i]] = i
print d.keys()
del d['w3']
del d['w7']
print d.keys()
d['new1'] = 100
d['new2'] = 101
print d.keys()
d['w3'] = 3
print d.keys()
for i in range(0, 12, 2):
    del d[words[i]]
print d.keys()
for i in range(20, 30):
    d[words[i]] = i
    print d.keys()

# Ints: delete then reinsert different keys landing on the same slots.
d = dict.fromkeys(range(10))
del d[3]
d[11] = None
print d.keys()
del d[5]
d[13] = None
d[21] = None
print d.keys()
for k in [0, 1, 2, 4]:
    del d[k]
for k in [32, 64, 96, 128]:
    d[k] = None
print d.keys()

# clear() then reuse.
d = dict.fromkeys(words[:30])
d.clear()
print d
for w in reversed(words[:10]):
    d[w] = 1
print d.keys()

# popitem sequences.
d = dict.fromkeys(words[:15], 0)
out = []
while d:
    out.append(d.popitem()[0])
print out
d = dict((i, i * i) for i in range(20))
print [d.popitem() for _ in range(7)]
print d.keys()
d[100] = 1
d[50] = 2
print [d.popitem() for _ in range(4)]
print d
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7, 'h': 8}
seq = []
for i in range(5):
    k, v = d.popitem()
    seq.append(k)
    d[k.upper()] = v
print seq, d.keys()

# pop and setdefault.
d = dict.fromkeys(words[:16], 1)
for k in ['w1', 'w5', 'w9', 'w13']:
    d.pop(k)
print d.keys()
print d.pop('w0'), d.pop('missing', 'dflt')
d.setdefault('w5', 5)
d.setdefault('w40', 40)
d.setdefault('w2', 'unchanged')
print d
s = {}
for ch in 'the quick brown fox jumps over the lazy dog':
    s.setdefault(ch, []).append(1)
print s.keys()
print [(k, len(v)) for k, v in s.items()]

# update from dicts, pairs and kwargs.
d = {'a': 1}
d.update({'z': 26, 'y': 25, 'x': 24})
print d
d.update([('m', 13), ('n', 14), ('b', 2)])
print d
d.update(q=17, r=18, s=19, t=20)
print d
d.update({'k%d' % i: i for i in range(10)}, extra=1)
print d.keys()
e = dict.fromkeys(range(50))
f = {}
f.update(e)
print f.keys() == e.keys(), f.keys()[:20]
g = dict.fromkeys(range(49, -1, -1))
f2 = {}
f2.update(g)
print f2.keys()[:20]
h = {}
h.update(sorted(e.items(), reverse=True))
print h.keys()[:20]

# dict(d), d.copy() of small and large dicts, dict(**kw).
for n in [3, 5, 6, 8, 20, 100]:
    src = {}
    for i in range(n):
        src['k%d' % (i * 37 % n)] = i
    for k in src.keys()[::3]:
        del src[k]
    c1 = src.copy()
    c2 = dict(src)
    print n, src.keys()[:15]
    print n, c1.keys()[:15]
    print n, c2.keys()[:15]
big = dict.fromkeys(range(0, 3000, 7))
for k in range(0, 3000, 21):
    del big[k]
print big.keys()[:20], big.copy().keys()[:20], dict(big).keys()[:20]
print dict(alpha=1, beta=2, gamma=3, delta=4, epsilon=5, zeta=6, eta=7, theta=8)
kw = {'x': 1, 'y': 2, 'zz': 3, 'aa': 4}
print dict(**kw)
print dict(kw, more=5, less=6)
print dict([('p', 1), ('o', 2), ('n', 3), ('m', 4)])
print dict(zip('abcdefghij', range(10)))

# dict.fromkeys of a list, a dict and a set.
print dict.fromkeys(['one', 'two', 'three', 'four', 'five', 'six', 'seven'])
print dict.fromkeys({'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7})
print dict.fromkeys(set(['one', 'two', 'three', 'four', 'five', 'six', 'seven']))
print dict.fromkeys(frozenset(range(30, 0, -2))).keys()
print dict.fromkeys(set(words[:40]), 0).keys()
print dict.fromkeys(dict.fromkeys(words[:40])).keys()
print dict.fromkeys('mississippi')

# Dict comprehensions.
print {w: len(w) for w in ['spam', 'eggs', 'ham', 'bacon', 'sausage', 'beans']}
print {i: i * i for i in range(-5, 6)}
print {str(i): i for i in range(15)}
print {k: v for k, v in zip(words[:20], range(20)) if v % 3}.keys()

# Growth past 50,000 keys: a digest of the order.
def digest(keys):
    h = 0
    for k in keys:
        h = (h * 1000003 ^ hash(k)) & 0xffffffff
    return h

d = {}
for i in range(60000):
    d['key%d' % i] = i
print len(d), d.keys()[:20], digest(d.keys())
d = {}
for i in range(60000):
    d[i * 7919] = i
print len(d), d.keys()[:20], digest(d.keys())
d = {}
for i in range(55000):
    d[(i % 97, i // 97)] = i
print len(d), d.keys()[:10], digest(d.keys())

# Deleting most keys then inserting (no resize on delete; dummies remain).
d = dict.fromkeys(['s%d' % i for i in range(1000)])
for i in range(1000):
    if i % 50:
        del d['s%d' % i]
print len(d), d.keys()
for i in range(1000, 1030):
    d['s%d' % i] = None
print len(d), d.keys()
d = dict.fromkeys(range(5000))
for i in range(4990):
    del d[i]
print d.keys()
for i in range(10):
    d[-i - 1] = None
print d.keys()
for i in range(3000):
    d[i * 3] = None
print len(d), d.keys()[:20], digest(d.keys())

# Deleting keys while walking a snapshot.
d = dict.fromkeys(words[:25], 0)
for k in d.keys():
    if k.endswith(('1', '3', '5')):
        del d[k]
print d.keys()
for k in list(d):
    d[k + 'x'] = 1
    del d[k]
print d.keys()
