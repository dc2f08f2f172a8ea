import copy
s = set([1,2])
print s.__reduce__(), frozenset([3]).__reduce_ex__(2)
print copy.deepcopy(s), copy.copy(frozenset([1]))
for a, b in ((set(), 3), (set(), set()), (frozenset(), set())):
    for op in ('<', '==', 'cmp'):
        try:
            print op, eval('cmp(a, b)' if op == 'cmp' else 'a %s b' % op)
        except TypeError as e:
            print op, 'TypeError', e
class S(set): pass
x = S([1]); x.a = 5
r = x.__reduce__(); print r[0].__name__, r[1], r[2]
y = copy.deepcopy(x); print type(y).__name__, sorted(y), y.a
