# viewkeys/viewvalues/viewitems follow later changes to the dict.
d = {'a': 1, 'b': 2}
k, v, i = d.viewkeys(), d.viewvalues(), d.viewitems()
d['c'] = 3
del d['a']
print len(k), sorted(k), sorted(v), sorted(i)
print 'c' in k, ('c', 3) in i, k == set(['b', 'c'])
