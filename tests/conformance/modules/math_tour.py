# math module functions, constants and domain/range errors.
import math
print math.pi, math.e, math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(2.1), type(math.floor(1.5))
print math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log(100, 10)
print math.sin(0), math.cos(0), math.tan(math.pi / 4), math.atan2(1, 1), math.degrees(math.pi), math.radians(180)
print math.fabs(-3), math.factorial(10), math.factorial(25), math.hypot(3, 4), math.fmod(7, 3), math.fmod(-7, 3)
print math.trunc(-3.7), math.copysign(1, -0.0), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4)
print math.isnan(float('nan')), math.isinf(float('inf')), sum([0.1] * 10)
print math.gcd(4, 6) if hasattr(math, 'gcd') else 'no gcd'


try:
    math.sqrt(-1)
except ValueError as e:
    print 'ValueError', e
try:
    math.log(0)
except ValueError as e:
    print 'ValueError', e
try:
    math.factorial(-1)
except ValueError as e:
    print 'ValueError', e
try:
    math.exp(1000)
except OverflowError as e:
    print 'OverflowError', e
print math.asin(1), math.acos(1), math.sinh(1), math.cosh(0), math.tanh(0.5)
print math.sqrt(10 ** 20), math.floor(10 ** 20), round(math.pi, 4), int(math.ceil(7 / 2.0))
print math.hypot(1e200, 1e200), math.log1p(1e-10)
