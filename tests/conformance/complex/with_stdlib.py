# complex numbers with copy, types, operator and the math module (which refuses them).
import copy, types
print copy.copy(1j), copy.deepcopy([1j, 2+3j])
print getattr(types, 'ComplexType', None)
import operator
print operator.add(1j, 2), operator.mul(2j, 2j), operator.truediv(1j, 2), operator.neg(1j), operator.abs(3+4j)
print operator.lt.__name__
try:
    print operator.lt(1j, 2j)
except TypeError as e:
    print e
print '%(x)s' % {'x': 1j}, '%5.2s|' % 1j
print str(1j).center(10, '*'), repr([complex(1, 2)]), max([1j, 1j], key=abs)
print reduce(lambda a, b: a * b, [1j] * 4)
import math
print math.fabs(-2), math.hypot(3, 4)
for f in ['fabs', 'sqrt', 'exp', 'floor', 'ceil', 'trunc', 'isnan', 'isinf', 'frexp', 'modf', 'copysign', 'fmod', 'pow', 'log', 'ldexp', 'factorial', 'degrees', 'gamma', 'fsum']:
    fn = getattr(math, f)
    try:
        if f in ('copysign', 'fmod', 'pow', 'ldexp'):
            print f, fn(1j, 2)
        elif f == 'fsum':
            print f, fn([1j])
        else:
            print f, fn(1j)
    except Exception as e:
        print f, type(e).__name__, e
