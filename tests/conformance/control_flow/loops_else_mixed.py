# for/while else, break/continue, nested loops, conditional expressions.
for i in range(5):
    if i == 3:
        print 'found 3'
        break
else:
    print 'not found'
for i in []:
    pass
else:
    print 'empty loop else'
n = 0
while n < 3:
    n += 1
else:
    print 'while else', n
n = 0
while True:
    n += 1
    if n % 2: continue
    if n > 6: break
    print 'even', n
for i in range(3):
    for j in range(3):
        if j == 2: break
        if i == 1: continue
        print i, j,
    else:
        print 'inner else'
print
def classify(n):
    if n < 0: return 'neg'
    elif n == 0: return 'zero'
    elif n < 10: return 'small'
    else: return 'big'
print map(classify, [-1, 0, 5, 50])
x = 5
r = 'a' if x > 3 else 'b' if x > 1 else 'c'
print r
print 0 or [] or 'last', 1 and 2 and 3, 0 and crash, None or 0, not 0, not 'x'
i = 0
while i < 10:
    i += 3
print i
for ch in 'abc': pass
print ch
for k, v in sorted({'a': 1, 'b': 2}.items()):
    print k, v,
print
for i, (a, b) in enumerate(zip('xy', [1, 2])):
    print i, a, b
count = 0
for x in range(100):
    if x % 7 == 0 and x % 5 == 0:
        count += 1
print count
if []: print 'no'
elif {}: print 'no'
elif 0.0: print 'no'
else: print 'all falsy'
def early(xs):
    for x in xs:
        if x < 0:
            return x
    return None
print early([1, -2, 3]), early([])
a = [1, 2, 3]
while a:
    print a.pop(),
print
for x in range(3):
    pass
print x
for i in range(10, 0, -3):
    print i,
print
for _ in xrange(0): print 'never'
print 1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 != 2, 1 < 3 > 2, 'a' < 'b' < 'c'
print 5 if True else crash, (lambda: 1)() if 0 else 2
