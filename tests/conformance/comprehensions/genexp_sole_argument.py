# Generator expressions as the sole argument of a call.
print sum(x * x for x in range(10))
print max(len(s) for s in ['a', 'bbb', 'cc'])
print min(x for x in [5, 3, 8])
print sorted(x % 4 for x in range(10))
print list(c for c in 'abc')
print tuple(i * 2 for i in range(3))
print set(i % 2 for i in range(5)) == set([0, 1])
print ''.join(str(d) for d in range(5))
print any(x > 5 for x in range(10)), all(x < 5 for x in range(10))
print dict((x, x + 1) for x in range(3)) == {0: 1, 1: 2, 2: 3}
print sum((x for x in range(4)), 100)
print sorted((x for x in 'cba'), reverse=True)
def takes_one(it):
    return list(it)
print takes_one(n for n in range(3) if n)
print len(list(x for x in 'abcd'))
