# for loops over various iterables, with else, break, continue.
for c in 'abc':
    print c,
print
for k in sorted({'x': 1, 'y': 2, 'w': 0}):
    print k,
print
for i in xrange(10, 0, -3):
    print i,
print
def gen():
    yield 'g1'
    yield 'g2'
for g in gen():
    print g,
print
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print 'body', i
else:
    print 'not printed (break)'
for i in range(2):
    pass
else:
    print 'for-else runs, i =', i
for x in []:
    print 'never'
else:
    print 'empty loop else'
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print a, b, c
for i, ch in enumerate('hi'):
    print i, ch
total = 0
for n in (1, 2, 3):
    total += n
print total
for x in set([3]):
    print x
for line in 'l1\nl2'.splitlines():
    print line
i = 'unchanged'
for i in range(3):
    pass
print 'loop var after loop:', i
for w in iter([7, 8]):
    print w,
print
