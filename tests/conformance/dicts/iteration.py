# Iterating dicts deterministically, and mutating during iteration.
d = dict((i, i * i) for i in range(6))
for k in sorted(d):
    print k, d[k]
total = 0
for k in d:
    total += k
print total
for k, v in sorted(d.items(), key=lambda kv: -kv[1]):
    print k, v,
print
print sum(d.itervalues()), max(d), min(d.values())
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print 'RuntimeError:', e
d = {'a': 1, 'b': 2, 'c': 3}
for k in d.keys():
    if d[k] % 2:
        del d[k]
print sorted(d.items())
inv = dict((v, k) for k, v in {'x': 1, 'y': 2}.items())
print sorted(inv.items())
print sorted(list(d)), sorted(iter(d)), len(list(d.iteritems()))
