# Order of results of set algebra in CPython 2.7: |, &, -, ^, their methods
# and in-place forms, with sets, frozensets, lists, strings and dicts as the
# other operand.

a_words = ['apple', 'banana', 'cherry', 'date', 'elder', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon']
b_words = ['kiwi', 'lemon', 'mango', 'nectarine', 'orange', 'fig', 'papaya', 'quince', 'apple', 'zest']

A = set(a_words)
B = set(b_words)
FA = frozenset(a_words)
FB = frozenset(b_words)
print A
print B

# Operators between sets and frozensets, both ways round.
for x, y, name in [(A, B, 'set,set'), (B, A, 'set,set rev'), (FA, B, 'fs,set'),
                   (A, FB, 'set,fs'), (FA, FB, 'fs,fs'), (FB, FA, 'fs,fs rev')]:
    print name
    print '  |', x | y
    print '  &', x & y
    print '  -', x - y
    print '  ^', x ^ y

# Methods with non-set operands.
others = [('list', b_words), ('str', 'kiwi'), ('dict', dict.fromkeys(b_words, 0)),
          ('tuple', tuple(reversed(b_words))), ('gen', (w for w in b_words)),
          ('frozenset', FB), ('set', B)]
for name, other in others:
    if name == 'gen':
        print name, 'union', A.union(w for w in b_words)
        print name, 'intersection', A.intersection(w for w in b_words)
        print name, 'difference', A.difference(w for w in b_words)
        print name, 'symmetric_difference', A.symmetric_difference(w for w in b_words)
        continue
    print name, 'union', A.union(other)
    print name, 'intersection', A.intersection(other)
    print name, 'difference', A.difference(other)
    print name, 'symmetric_difference', A.symmetric_difference(other)
    print name, 'fs union', FA.union(other)
    print name, 'fs intersection', FA.intersection(other)

# Several arguments at once.
print A.union(B, ['x', 'y'], 'pq')
print A.intersection(B, ['apple', 'kiwi', 'fig', 'zzz'])
print A.difference(['apple'], B, 'xyz')
print set().union(*[set(w) for w in a_words])

# In-place forms with each kind of operand.
for name, make in [('set', lambda: set(b_words)), ('frozenset', lambda: frozenset(b_words)),
                   ('list', lambda: list(b_words)), ('dict', lambda: dict.fromkeys(b_words))]:
    s = set(a_words)
    s.update(make())
    print name, 'update', s
    s = set(a_words)
    s.intersection_update(make())
    print name, 'intersection_update', s
    s = set(a_words)
    s.difference_update(make())
    print name, 'difference_update', s
    s = set(a_words)
    s.symmetric_difference_update(make())
    print name, 'symmetric_difference_update', s

s = set(a_words)
s |= B
print '|=', s
s &= set(['kiwi', 'apple', 'zest', 'banana', 'mango', 'none'])
print '&=', s
s -= set(['kiwi'])
print '-=', s
s ^= set(['kiwi', 'apple', 'new1', 'new2'])
print '^=', s
f = frozenset(a_words)
f |= B
print 'fs |=', f
f &= B
print 'fs &=', f

# Integers: dense, sparse, negative.
X = set(range(0, 40, 3))
Y = set(range(0, 40, 5))
print X | Y
print X & Y
print X - Y
print Y - X
print X ^ Y
print set(range(-10, 10)) & set(range(-5, 30, 2))
print set([1 << i for i in range(40)]) | set(range(10))
print set(range(100, 0, -7)).symmetric_difference(range(0, 100, 11))

# Big sets (growth and resize inside the operation).
big1 = set('s%d' % i for i in range(0, 3000, 2))
big2 = set('s%d' % i for i in range(0, 3000, 3))
def digest(items):
    h = 0
    for k in items:
        h = (h * 1000003 ^ hash(k)) & 0xffffffff
    return h
for r in [big1 | big2, big1 & big2, big1 - big2, big1 ^ big2, big2 | big1, big2 & big1]:
    print len(r), list(r)[:12], digest(r)
u = set()
u.update(big1)
u.update(big2)
print len(u), list(u)[:12], digest(u)
i = set(big1)
i.intersection_update(range(10))
print i

# Results used without asking for order.
print ' '.join(A & B)
print ','.join(sorted(A & B)), ','.join(A - B)
print list(A ^ B)
print [len(w) for w in A | B]
print dict.fromkeys(A - B)
print tuple(FA & FB), tuple(FB & FA)
