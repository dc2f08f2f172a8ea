# Containers mutated by sort keys, cmp functions, __eq__ and during iteration.
data = [3, 1, 2]
def key(x):
    data.append(x)
    return x
try:
    data.sort(key=key)
except ValueError as e:
    print 'ValueError', e
print data
data = [3, 1, 2]
def cmpf(a, b):
    if len(data) < 6: data.append(0)
    return cmp(a, b)
try:
    data.sort(cmp=cmpf)
except ValueError as e:
    print 'ValueError', e
print data
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
print lst
lst = [1, 2, 3]
for x in lst:
    if len(lst) < 6:
        lst.append(x * 10)
print lst
d = {1: 'a', 2: 'b'}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print 'RuntimeError', e
print len(d)
d = {1: 1}
for k in d.keys():
    d[k + 1] = 1
print sorted(d)
class Evil(object):
    def __init__(self, v, target): self.v, self.target = v, target
    def __eq__(self, o):
        self.target.append('eq called')
        return self.v == getattr(o, 'v', o)
    def __hash__(self): return hash(self.v)
log = []
l2 = [Evil(1, log), Evil(2, log)]
print Evil(2, log) in l2, len(log)
print l2.index(Evil(2, log)) if False else l2.count(2), len(log)
l3 = [1, 2, 3]
def mutate_key(x):
    l3[:] = []
    return x
print sorted(l3, key=mutate_key), l3
items = [5, 3, 1]
it = iter(items)
print next(it)
items.insert(0, 99)
print list(it)
m = [1, 2, 3]
m2 = map(lambda x: m.append(x) or x, m[:])
print m, m2
seen = []
g = (x for x in seen)
seen.append(1)
print list(g)
dq = {}
def grow(k):
    dq[k] = len(dq)
    return dq[k]
print [grow(c) for c in 'abc'], sorted(dq.items())
