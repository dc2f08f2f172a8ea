# del of names, items, attributes and slices.
x = 5
del x
try:
    x
except NameError as e:
    print 'NameError:', e
a, b, c = 1, 2, 3
del a, b
print c, 'a' in dir(), 'b' in dir()
l = range(10)
del l[0]
del l[-1]
del l[2:4]
del l[::2]
print l
d = {'k': 1, 'j': 2, 'i': 3}
del d['k'], d['j']
print d
class O(object):
    pass
o = O()
o.attr = 1
o.other = 2
del o.attr
print hasattr(o, 'attr'), o.other
try:
    del o.attr
except AttributeError as e:
    print 'AttributeError:', e
try:
    del d['missing']
except KeyError as e:
    print 'KeyError:', e
try:
    del undefined_name_here
except NameError as e:
    print 'NameError:', e
nested = {'a': [1, {'b': 2, 'c': 3}]}
del nested['a'][1]['b']
print nested
def f():
    local = 1
    del local
    try:
        return local
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print f()
lst = [[1, 2], [3, 4]]
del lst[0][0], lst[1]
print lst
