# Set order through growth and shrinking: many adds past 50,000 elements,
# removing most elements then adding, sets built from big dicts and sets,
# keys with colliding hashes (multiples of powers of two, -1 and -2).

def digest(items):
    h = 0
    for k in items:
        h = (h * 1000003 ^ hash(k)) & 0xffffffff
    return h

s = set()
for i in range(60000):
    s.add('e%d' % i)
    if i in (4, 5, 6, 20, 21, 22, 85, 86, 341, 342, 1365, 1366):
        print i + 1, digest(s), list(s)[:10]
print len(s), list(s)[:20], digest(s)
s = set()
for i in range(60000):
    s.add(i * 7919)
print len(s), list(s)[:20], digest(s)
print digest(set(range(0, 120000, 2)))
print digest(frozenset('f%d' % i for i in range(55000)))

# Remove most, then add.
s = set('r%d' % i for i in range(1000))
for i in range(1000):
    if i % 40:
        s.remove('r%d' % i)
print len(s), list(s)
for i in range(1000, 1020):
    s.add('r%d' % i)
print len(s), list(s)
s = set(range(4000))
for i in range(3990):
    s.discard(i)
print list(s)
for i in range(-1, -12, -1):
    s.add(i)
print list(s)
print list(set(s))

# Built from big dicts and sets (presized merges).
d = dict.fromkeys('d%d' % i for i in range(3000))
print digest(set(d)), list(set(d))[:12]
print digest(frozenset(d)), list(frozenset(d))[:12]
t = set()
t.update(d)
print digest(t), list(t)[:12]
t = set(['seed'])
t.update(d)
print digest(t), list(t)[:12]
u = set(range(10))
u.update(set(range(5, 2000)))
print digest(u), list(u)[:12]

# Colliding hashes: ints that share low bits and -1/-2 (hash(-1) == -2).
print hash(-1), hash(-2)
print set([-1, -2, 0, 1, 2, -3])
print {-1: 'a', -2: 'b', 0: 'c', 1: 'd'}
print set([i << 32 for i in range(12)])
print set([i << 5 for i in range(12)])
print set([i * 8 for i in range(20, 0, -1)])
print dict.fromkeys([i << 10 for i in range(16)]).keys()
s = set([i << 5 for i in range(12)])
for i in range(0, 12, 2):
    s.discard(i << 5)
s.update([1, 2, 3, 33, 65])
print list(s)
print set([2 ** 61 - 1, 0, 2 ** 62, -2 ** 61, 1]), hash(2 ** 61 - 1)
