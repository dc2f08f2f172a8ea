# The slot methods of complex called directly, coerce, __getnewargs__, and
# the conversions to int, long and float that 2.7 refuses.
print complex.__add__(1j, 2), (1j).__add__(2.5), (1j).__radd__(2), (1j).__sub__(1), (1j).__rsub__(1)
print (2j).__mul__(2j), (2j).__div__(2), (2j).__rdiv__(2), (2j).__truediv__(4), (2j).__rtruediv__(4)
print (5 + 1j).__floordiv__(2), (5 + 1j).__mod__(2), (5 + 1j).__divmod__(2), (2).__rfloordiv__(5)
print (1j).__pow__(2), (1j).__rpow__(2), (1j).__pow__(2, None)
print (1j).__eq__(1j), (1j).__ne__(1j), (1j).__eq__('a'), (1j).__lt__('a'), complex.__add__(1j, 'a')
print (1j).__neg__(), (1j).__pos__(), (3 + 4j).__abs__(), (1j).__nonzero__(), (0j).__nonzero__()
print (1j).__hash__() == hash(1j), (1 + 2j).__repr__(), (1 + 2j).__str__(), (1j).__getnewargs__()
print (1j).__coerce__(2), (1j).__coerce__(2L), (1j).__coerce__(2.5), (1j).__coerce__('a')
print coerce(1, 1j), coerce(1j, 2.5), coerce(1j, 3j)
print (1 + 2j).__format__(''), (1 + 2j).__format__('.1f')
errors = [
    lambda: complex.__add__(1, 2),
    lambda: complex.__add__(),
    lambda: (1j).__add__(),
    lambda: (1j).__add__(1, 2),
    lambda: (1j).__lt__(2),
    lambda: (1j).__pow__(2, 3),
    lambda: (1j).__int__(),
    lambda: (1j).__long__(),
    lambda: (1j).__float__(),
    lambda: int(1j),
    lambda: long(1j),
    lambda: float(1j),
    lambda: int(1 + 0j),
    lambda: round(1j),
    lambda: coerce(1j, 'a'),
    lambda: divmod(1j, 'a'),
    lambda: complex.__new__(int),
    lambda: complex.__new__(1),
    lambda: '%d' % 1j,
    lambda: '%f' % 1j,
    lambda: '%x' % 1j,
    lambda: range(1j),
    lambda: [1, 2][1j],
    lambda: 'abc' * 1j,
    lambda: hex(1j),
]
for f in errors:
    try:
        print f()
    except Exception as e:
        print type(e).__name__, e
print '%s|%r|%10s' % (1j, 1 + 1j, 2j)
print complex.__new__(complex, 1, 2), type(complex.__new__(complex))
print complex.__name__, complex.__mro__ if hasattr(complex, '__mro__') else ''
print sorted(n for n in dir(complex) if not n.startswith('__')), '__add__' in dir(complex)
