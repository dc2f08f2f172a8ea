# sort(key=...) whose key function reads (or mutates) the list being sorted.
l = [3, 1, 2]
seen = []
def key(x):
    seen.append(len(l))
    return x
l.sort(key=key)
print l, seen
l = [5, 4, 3]
def key_mutating(x):
    l.append(x)
    return x
try:
    l.sort(key=key_mutating)
    print 'sort finished', l
except ValueError as e:
    print 'ValueError:', e
l = [3, 2, 1]
def cmp_mutating(a, b):
    l.append(0)
    return cmp(a, b)
try:
    l.sort(cmp=cmp_mutating)
    print 'sort finished', l
except ValueError as e:
    print 'ValueError:', e
l = [2, 1]
def key_reads(x):
    return len(l) + x
l.sort(key=key_reads)
print l
