# Iterating over lists, including mutation during iteration.
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
    print x,
print
l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print l
l = ['a', 'b', 'c']
for i, v in enumerate(l):
    print i, v
for v in reversed(l):
    print v,
print
r = reversed(l)
l.append('d')
print list(r)
it = iter([10, 20])
print next(it), next(it), next(it, 'done')
l = [3, 1, 2]
total = 0
for i in range(len(l)):
    total += l[i] * i
print total
print list(enumerate('xy', 1)), zip(l, 'abc')
l = [0]
for x in l:
    if len(l) < 5:
        l.append(x + 1)
print l
