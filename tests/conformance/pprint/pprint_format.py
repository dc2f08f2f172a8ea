# pprint: pformat/pprint of nested containers within a width, indent and
# depth, sorted dict keys and set items, recursion markers, saferepr,
# isreadable and isrecursive.
import pprint
from StringIO import StringIO

data = {'name': 'widget', 'sizes': range(30), 'tags': ('a', 'b', 'c'),
        'nested': {'x': [1, 2, {'deep': range(15)}], 'y': None},
        'empty': [], 'e2': {}, 'e3': ()}
pprint.pprint(data)
print pprint.pformat(data, width=40)
print pprint.pformat(data, indent=4, width=60)
print pprint.pformat(data, depth=1)
print pprint.pformat(data, depth=2)
print pprint.pformat(range(5))
print pprint.pformat(range(40), width=30)
print pprint.pformat((1,))
print pprint.pformat((range(30),))
print pprint.pformat(set(range(30)))
print pprint.pformat(frozenset(['b', 'a']))
print pprint.pformat(set())
print pprint.pformat([set([3, 1, 2])])
print pprint.pformat(['x' * 50, 'y' * 50])
print pprint.pformat({'k' * 40: 'v' * 40, 'a': 1})
print pprint.pformat([[1, 2], [3, [4, [5, [6]]]]], width=10)
print pprint.pformat([[1, 2], [3, [4, [5, [6]]]]], depth=3)
print pprint.pformat({'a': {'b': {'c': {}}}}, depth=2)


class MyList(list):
    pass


class ReprList(list):
    def __repr__(self):
        return 'ReprList!'

print pprint.pformat(MyList(range(30)))
print pprint.pformat(ReprList(range(30)))

r = [1, 2]
r.append(r)
d = {'self': None}
d['self'] = d
print pprint.saferepr(r).split(' with id=')[0]
print pprint.saferepr(d).split(' with id=')[0]
print pprint.isrecursive(r), pprint.isrecursive([1, [2]])
print pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable(r), \
    pprint.isreadable(object())
print pprint.saferepr({'b': 1, 'a': [2, 'x']})
print pprint.saferepr("it's")

out = StringIO()
pprint.pprint(range(3), stream=out)
print repr(out.getvalue())
pp = pprint.PrettyPrinter(indent=2, width=20)
print pp.pformat(range(10))
print pp.isreadable(range(3)), pp.isrecursive(range(3))
out = StringIO()
pprint.PrettyPrinter(stream=out).pprint({'z': 1, 'a': 2})
print repr(out.getvalue())
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except AssertionError as e:
        print 'AssertionError', e
