# 2.7's deque is a C type: its methods refuse wrong argument counts in the
# words of METH_NOARGS / METH_O / slot wrappers, it has no __contains__ (`in`
# iterates), and __reduce__ gives (type, (items[, maxlen])) without a
# __dict__, (type, (items, maxlen), __dict__) for a subclass instance.
import collections, pickle, copy
def t(f):
    try:
        r = f()
        print 'ok', repr(r)[:200]
    except Exception as e:
        print type(e).__name__, e
d = collections.deque([1,2])
for name, args in [('__len__', (1,)), ('__iter__', (1,)), ('__reversed__', (1,)), ('__copy__', (1,)),
                   ('__reduce__', (1,)), ('__getitem__', ()), ('__getitem__', (1, 2)), ('__setitem__', (1,)),
                   ('__delitem__', ()), ('__iadd__', ()), ('__eq__', ()), ('__ne__', (1, 2)), ('__lt__', ()),
                   ('__sizeof__', (1,)), ('append', ()), ('appendleft', (1, 2)), ('rotate', (1, 2)),
                   ('extend', ()), ('extendleft', ()), ('count', ()), ('remove', ()), ('clear', (1,)),
                   ('pop', (1,)), ('popleft', (1,)), ('reverse', (1,)), ('rotate', (1.5,)), ('rotate', ('x',)),
                   ('rotate', (2**70,))]:
    print name, len(args),
    t(lambda: getattr(d, name)(*args))
print hasattr(d, '__contains__'), 1 in d, 5 in d
r = d.__reduce__(); print r[0] is collections.deque, r[1:]
r = collections.deque([1, 2], 3).__reduce__(); print r[0] is collections.deque, r[1:]
class D(collections.deque):
    pass
dd = D([1])
t(lambda: dd.__reduce__())
dd.x = 5
t(lambda: dd.__reduce__())
t(lambda: D([1, 2], 4).__reduce__())
for proto in range(3):
    e = pickle.loads(pickle.dumps(dd, proto))
    print type(e).__name__, list(e), e.x, e.maxlen
    print pickle.loads(pickle.dumps(collections.deque('abc', 5), proto))
c = copy.deepcopy(dd)
print type(c).__name__, list(c), c.x
print copy.copy(collections.deque([3], 2))
class Bad(object):
    def __eq__(self, other):
        d2.append(1)
        return False
d2 = collections.deque([Bad(), Bad()])
t(lambda: 0 in d2)
d.rotate(True); print d
