# itertools.islice never reads past its stop (chunking an iterator works),
# checks its arguments at the call; operator's sequence helpers and abs().
import itertools as I, operator as O
it = iter(range(10))
print list(I.islice(it, 2)), next(it)
it = iter(range(10))
print list(I.islice(it, 0, 5, 3)), next(it)
it = iter(range(10))
print list(I.islice(it, 3, 3)), next(it)
it = iter(range(10))
print list(I.islice(it, 2, None, 4))
print list(I.islice('abcdef', 1, None, 2)), list(I.islice('abc', None)), list(I.islice('abc', 1, None)), list(I.islice('abc', 5, 10))
print list(I.islice('abcdef', 1.5)), list(I.islice('abcdef', 2L, 4L))
for args in [(-1,), ('x',), (None, -1), (-1, None), (0, 5, 0), (0, 5, -1), (0, 5, 'x'), (), (1, 2, 3, 4)]:
    try:
        print I.islice('abcdef', *args)
    except (ValueError, TypeError) as e:
        print args, type(e).__name__, e
data = iter(range(7))
chunks = []
while True:
    chunk = list(I.islice(data, 3))
    if not chunk:
        break
    chunks.append(chunk)
print chunks
class A(object):
    def __abs__(self): return 'absA'
print O.abs(A()), O.abs(-3), O.repeat('ab', 2), O.indexOf([1, 2], 2), O.countOf([1, 1, 2], 1), O.isCallable(len)
print O.isSequenceType([]), O.isSequenceType({}), O.isMappingType({}), O.isNumberType(1.5), O.isNumberType('a')
try:
    O.indexOf([1], 5)
except ValueError as e:
    print 'ValueError', e
print O.__repeat__('x', 3), O.irepeat([1], 2)
