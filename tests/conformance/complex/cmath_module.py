# The cmath module: functions, constants, branch cuts, special values and errors.
import cmath, math
print cmath.pi, cmath.e, cmath.pi == math.pi
funcs = ['sqrt', 'exp', 'log', 'log10', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh',
         'cos', 'cosh', 'sin', 'sinh', 'tan', 'tanh']
args = [0j, 1 + 0j, 1j, -1 + 0j, 2 + 3j, -2 - 3j, 0.5 - 0.25j, complex(-0.0, 0.0), complex(0.0, -0.0),
        complex(-2, 0.0), complex(-2, -0.0), complex(2, 0.0), complex(2, -0.0), 1e300 + 1e300j, 1e-310 + 1e-310j, 3, 2.5, -4L]
inf, nan = float('inf'), float('nan')
specials = [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(0, -inf), complex(inf, inf),
            complex(-inf, -inf), complex(nan, 0), complex(0, nan), complex(nan, nan), complex(inf, nan),
            complex(nan, inf), complex(-inf, 2.3), complex(2.3, -inf), complex(inf, -2.3)]
def show(name, z):
    try:
        r = getattr(cmath, name)(z)
        return repr(r)
    except (ValueError, OverflowError) as e:
        return '%s(%s)' % (type(e).__name__, e)
for name in funcs:
    print name
    print '   ', ' '.join(show(name, z) for z in args)
    print '   ', ' '.join(show(name, z) for z in specials)
print cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(100, 10), cmath.log(-1, 2 + 0j)
for a in [(0,), (1, 1), (1, 0), (0, 2), (2, 1)]:
    try:
        print a, cmath.log(*a)
    except (ValueError, ZeroDivisionError) as e:
        print a, type(e).__name__, e
print cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.phase(0), cmath.phase(complex(-0.0, -0.0))
print cmath.polar(1j), cmath.polar(-2), cmath.polar(3 + 4j), cmath.polar(complex(inf, nan))
print cmath.rect(1, 0), cmath.rect(2, math.pi / 2), cmath.rect(-1, -0.0), cmath.rect(inf, 1), cmath.rect(nan, 0)
for a in [(inf, inf), (1, inf), (0, nan), (inf, 0)]:
    try:
        print a, cmath.rect(*a)
    except ValueError as e:
        print a, 'ValueError', e
try:
    cmath.polar(1e308 + 1e308j)
    print 'no error'
except OverflowError as e:
    print 'OverflowError', e
print cmath.isnan(complex(nan, 0)), cmath.isnan(1j), cmath.isnan(2), cmath.isinf(complex(1, -inf)), cmath.isinf(1e308)
class WithComplex(object):
    def __complex__(self):
        return 4j
class WithFloat(object):
    def __float__(self):
        return 4.0
class Bad(object):
    def __complex__(self):
        return 4
print cmath.sqrt(WithComplex()), cmath.sqrt(WithFloat()), cmath.exp(True)
for f in [lambda: cmath.sqrt('a'), lambda: cmath.sqrt(Bad()), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2),
          lambda: cmath.rect(1j, 1), lambda: cmath.exp(1000), lambda: cmath.cosh(1000 + 1j),
          lambda: cmath.sinh(complex(1, inf)), lambda: cmath.atanh(1), lambda: cmath.atanh(-1), lambda: cmath.log(0j),
          lambda: cmath.log10(0), lambda: cmath.tan(complex(0, inf)), lambda: cmath.exp(complex(inf, inf)),
          lambda: math.sqrt(1j), lambda: math.floor(1j), lambda: math.atan2(1j, 1)]:
    try:
        print f()
    except Exception as e:
        print type(e).__name__, e
