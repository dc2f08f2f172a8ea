# Generators keep their local state; multiple independent generators.
def counter(start):
    count = start
    while True:
        step = yield count
        count += step if step is not None else 1
a = counter(0)
b = counter(100)
print next(a), next(b), next(a), a.send(10), next(b), next(a)
def pairs(seq):
    it = iter(seq)
    while True:
        try:
            x = next(it)
            y = next(it)
        except StopIteration:
            return
        yield x, y
print list(pairs(range(7)))
def running_avg():
    total, n, avg = 0.0, 0, None
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total / n
r = running_avg()
next(r)
print [r.send(v) for v in [10, 20, 60]]
def tree_walk(t):
    if isinstance(t, list):
        for sub in t:
            for leaf in tree_walk(sub):
                yield leaf
    else:
        yield t
print list(tree_walk([1, [2, [3, 4], [[5]]], 6]))
def self_next():
    yield next(me)
me = self_next()
try:
    next(me)
except ValueError as e:
    print 'ValueError:', e
