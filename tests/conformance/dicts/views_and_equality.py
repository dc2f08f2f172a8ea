# Dict equality, comparison of dicts, and 2.7 view methods.
a = {'x': 1, 'y': 2}
b = dict(y=2, x=1)
print a == b, a != b, a is b
print sorted(a.viewkeys()), sorted(a.viewitems()), sorted(a.viewvalues())
print 'x' in a.viewkeys(), ('x', 1) in a.viewitems()
print sorted(a.viewkeys() & set(['x', 'z'])), sorted(a.viewkeys() | set(['z']))
print cmp({}, {}), cmp({1: 1}, {}), cmp({}, {1: 1}), {1: 1} < {1: 1, 2: 2}
c = {'k': [1, 2]}
d = {'k': [1, 2]}
print c == d
d['k'].append(3)
print c == d, len(d['k'])
print dict(a, z=26) == {'x': 1, 'y': 2, 'z': 26}
