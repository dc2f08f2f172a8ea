import operator
def e(f, *a):
    try:
        print repr(f(*a))
    except Exception as ex:
        print type(ex).__name__, ex
e(operator.concat, 13, 29)
e(operator.concat, None, None)
e(operator.concat, [1], 'a')
e(operator.repeat, 6, 7)
e(operator.repeat, [1], None)
e(operator.repeat, [1], 2.0)
e(operator.repeat, 'ab', 2L)
e(operator.isSequenceType, xrange(3))
e(operator.isSequenceType, {})
e(operator.attrgetter(2), 1)
e(operator.attrgetter)
e(operator.attrgetter('x', (), 'y'), 1)
e(operator.itemgetter)
e(operator.itemgetter(1), 'abc', 2)
e(operator.sequenceIncludes, [1,2], 2)
e(operator.getslice, range(10), 2, 5)
e(operator.getslice, range(10), None, 5)
a = range(5)
e(operator.setslice, a, 1, 3, 'xy'); print a
e(operator.delslice, a, 1, 2); print a
e(operator.delslice, a, None, None)
e(operator.iconcat, [1], 2)
e(operator.iconcat, [1], (2,))
e(operator.irepeat, [1], 'x')
e(operator.irepeat, 3, 3)
e(operator.lshift, 2, -1)
e(operator.truediv, 1, 2)
e(operator.itruediv, 1, 2)
e(operator.isMappingType, [])
e(operator.isNumberType, 'a')
e(operator.isCallable, len)
e(operator.indexOf, [1], 2)
e(operator.indexOf, 1, 2)
e(operator.countOf, 1, 2)
e(operator.methodcaller)
print type(operator.methodcaller(1)).__name__
e(operator.index, 1.5)
class C(object):
    def __getitem__(self, i): return i
e(operator.isSequenceType, C())
e(operator.concat, C(), C())
e(operator.repeat, C(), 2)
e(operator.contains, 1, 1)
class I(object):
    def __iadd__(s, o): return 'iadd'
    def __imul__(s, o): return 'imul'
    def __itruediv__(s, o): return 'itruediv'
    def __truediv__(s, o): return 'truediv'
    def __getitem__(s, i): return 5
c = I()
print operator.iconcat(c, c), operator.irepeat(c, 2), operator.itruediv(c, 2), operator.truediv(c, 2)
print operator.truediv(7, 2), operator.__truediv__(1j, 2), operator.div(7, 2), operator.idiv(7, 2)
e(operator.attrgetter('a'))
e(operator.attrgetter('a'), 1, 2)
e(lambda: operator.itemgetter(0)('ab', x=1))
e(operator.methodcaller('upper'), 'ab', 'c')
print operator.methodcaller('split', ',', 1)('a,b,c')
e(lambda: operator.attrgetter(x=1))
print operator.isMappingType({}), operator.isMappingType([]), operator.isMappingType(''), operator.isSequenceType({}.keys())
