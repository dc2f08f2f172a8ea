# classic instances pass iter() and fail at next(); setiterator.__length_hint__; set.__cmp__ refuses
class N:
    def __iter__(self): return self
it = iter(N())
try:
    list(it)
except TypeError as e:
    print 'TypeError', e
class M(object):
    def __iter__(self): return self
try:
    iter(M())
except TypeError as e:
    print 'TypeError', e
s = set([1, 2, 3])
i = iter(s)
print i.__length_hint__()
next(i)
print i.__length_hint__()
s.add(7)
print i.__length_hint__()
print iter(frozenset()).__length_hint__()
for x in (set(), frozenset([1])):
    try:
        x.__cmp__(x)
    except TypeError as e:
        print 'TypeError', e
    try:
        cmp(x, x)
    except TypeError as e:
        print 'TypeError', e
class FS(frozenset):
    pass
print FS('abc') == 'abc', FS('abc') != 'abc', set('ab') == 'ab', FS('ab') == frozenset('ab')
try:
    cmp(FS('ab'), set('ab'))
except TypeError as e:
    print 'TypeError', e
print cmp(FS('ab'), set('ab')), cmp(set('ab'), frozenset('ab'))
try:
    cmp(FS('ab'), FS('abc'))
except TypeError as e:
    print 'TypeError', e
