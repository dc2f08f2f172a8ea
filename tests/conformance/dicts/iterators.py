# dict iterators: size changes during iteration, exhaustion, views.
d = {'a': 1}
it = iter(d)
print next(it)
d['b'] = 2
try:
    next(it)
except RuntimeError as e:
    print 'RuntimeError:', e
d = {'a': 1}
it = iter(d)
print list(it)
d['b'] = 2
print list(it)
d = {'a': 1, 'b': 2}
for meth in (d.iterkeys, d.itervalues, d.iteritems):
    it = meth()
    next(it)
    d['new'] = 0
    try:
        next(it)
    except RuntimeError as e:
        print 'RuntimeError:', e
    try:
        next(it)
    except RuntimeError as e:
        print 'still RuntimeError:', e
    except StopIteration:
        print 'StopIteration'
    del d['new']
d = {'x': 1, 'y': 2}
it = d.iteritems()
k, v = next(it)
d[k] = v
print sorted(list(it) + [(k, d[k])])
print len(d.viewkeys()), sorted(d.viewvalues()), 'x' in d.viewkeys()
d = dict.fromkeys(range(5))
for k in list(d):
    if k % 2:
        del d[k]
print sorted(d)
