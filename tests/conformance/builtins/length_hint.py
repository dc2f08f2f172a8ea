# __length_hint__ of the built-in iterators: the items left, 0 once
# exhausted or once a dict/set changed size; list() and friends let a
# __len__/__length_hint__ error other than TypeError/AttributeError through.
def hints(it, steps):
    out = [it.__length_hint__()]
    for _ in range(steps):
        next(it, None)
        out.append(it.__length_hint__())
    return out

print hints(iter([1, 2, 3]), 4)
print hints(iter((1, 2)), 3)
print hints(iter(xrange(5)), 2), hints(reversed(xrange(4)), 2)
print hints(reversed([1, 2, 3]), 2), hints(reversed((1, 2, 3)), 4)
print hints(iter({1: 2, 3: 4}), 3), hints(iter(set('ab')), 1)
print hints({1: 2}.iteritems(), 1), hints({1: 2}.itervalues(), 1)
print hints(iter('abc'), 1)

l = [0, 1, 2, 3]
it = iter(l)
it.next()
l.append(4)
print 'list grew:', it.__length_hint__()
del l[1:]
print 'list shrank:', it.__length_hint__(), list(it), it.__length_hint__()

d = {1: 1, 2: 2}
it = iter(d)
it.next()
d[3] = 3
print 'dict changed:', it.__length_hint__()
try:
    it.next()
except RuntimeError as e:
    print 'RuntimeError', e
print it.__length_hint__()

r = [5, 6, 7]
it = reversed(r)
it.next()
r[:] = []
print 'reversed over shrunk list:', it.__length_hint__(), list(it)

class BadLen(object):
    def __iter__(self): return iter(range(3))
    def __len__(self): raise RuntimeError('len')

class BadHint(object):
    def __iter__(self): return iter(range(3))
    def __length_hint__(self): raise RuntimeError('hint')

class NoneHint(object):
    def __iter__(self): return iter(range(3))
    def __length_hint__(self): return None

class TypeErrHint(object):
    def __iter__(self): return iter(range(3))
    def __length_hint__(self): raise TypeError('quiet')

for cls in (BadLen, BadHint, NoneHint, TypeErrHint):
    for f in (list, tuple, [].extend, bytearray().extend, lambda x: map(None, x), zip,
              lambda x: filter(None, x)):
        try:
            r = f(cls())
            print cls.__name__, 'ok', r
        except RuntimeError as e:
            print cls.__name__, 'RuntimeError', e
