# math module.
import math
print math.sqrt(16), math.sqrt(2), math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1)
print math.pi, math.e, repr(math.pi)
print math.pow(2, 10), math.pow(2, 0.5), math.fabs(-3), math.fabs(2.5)
print math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log(1)
print math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), round(math.cos(math.pi), 10)
print math.hypot(3, 4), math.factorial(0), math.factorial(10), math.factorial(25)
print math.isnan(float('nan')), math.isnan(1.0), math.isinf(float('inf')), math.isinf(-float('inf')), math.isinf(1e308)
print math.trunc(2.7), math.trunc(-2.7), type(math.trunc(2.7)).__name__, type(math.floor(2.5)).__name__
print math.exp(0), round(math.exp(1), 10), math.atan2(0, 1), round(math.degrees(math.pi), 10), math.radians(0)
print math.fmod(7, 3), math.fmod(-7, 3), math.copysign(1, -0.0), math.modf(2.5)
try:
    math.sqrt(-1)
except ValueError as e:
    print 'ValueError:', e
try:
    math.log(0)
except ValueError as e:
    print 'ValueError:', e
try:
    math.factorial(-1)
except ValueError as e:
    print 'ValueError:', e
