# complex(): every argument form of Python 2.7, and its errors.
print complex(), complex(1), complex(2.5), complex(3L), complex(True), complex(1, 2)
print complex(1.5, -2), complex(real=1, imag=2), complex(imag=3), complex(real=4)
print complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(0, 1j)
print repr(complex(-0.0, -0.0)), repr(complex(0.0, -0.0)), repr(complex(-0.0))
z = 5 + 6j
print complex(z) is z
for s in ['1+2j', ' ( 1-2j ) ', '-j', 'j', '+J', '3.14+1J', '  3.14+1J  ', '1e5J', '1e500', '-1e500j',
          'inf+nanj', '-infj', '(1)', '1.5', '-2', '  7  ', '1-1J', '.5j', '1.e3-2.e-1j', 'nan', '-infinity+3j']:
    print repr(s), repr(complex(s))
bad = ['', 'x', '1+2', '1 +2j', '(1+2j', '1+2j)', '1e', '1..2', 'j1', '1+2jj', '()', '1+', '+',
       '1j+2', '1 j', '\0', '3\x009', '1+1j\x00j', '( )', '1e5e5j']
for s in bad:
    try:
        complex(s)
    except ValueError as e:
        print repr(s), 'ValueError', e
errors = [
    lambda: complex('1', 2),
    lambda: complex('1+2j', None),
    lambda: complex(1, '2'),
    lambda: complex(None),
    lambda: complex([]),
    lambda: complex(1, []),
    lambda: complex({}, 1),
    lambda: complex(x=1),
    lambda: complex(1, 2, 3),
    lambda: complex(1, real=2),
    lambda: complex(1L << 2000),
    lambda: complex(1, 1L << 2000),
]
for f in errors:
    try:
        print f()
    except Exception as e:
        print type(e).__name__, e

class WithComplex(object):
    def __complex__(self):
        return 2 + 3j
class WithFloat(object):
    def __float__(self):
        return 2.5
class ReturnsNumber(object):
    def __complex__(self):
        return 5
class Old:
    def __float__(self):
        return 1.25
print complex(WithComplex()), complex(WithFloat()), complex(WithFloat(), WithFloat())
print complex(ReturnsNumber()), complex(1, WithFloat())
try:
    complex(Old())
except TypeError as e:
    print 'TypeError', e
