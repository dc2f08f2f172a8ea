# Operators between complex numbers and ints, longs, floats and bools, both ways.
import math
others = [2, -3L, 1.5, True, 0.25 + 4j]
for a in [1 + 2j, -3.5j, complex(2, -0.5)]:
    for b in others:
        print a, b, '|', a + b, b + a, a - b, b - a, a * b, b * a, a / b, b / a, a ** 2, b ** 2
        print '   ', a // b, a % b, divmod(a, b), b // a, b % a
print (1 + 2j) / (3 - 4j), 3.5 / (1 + 1j), 1 / 2j, 7 / (1 + 0j)
print (1 + 1j) ** -1, 1j ** 2, 2 ** (1 + 1j), (1 + 1j) ** (1 - 1j), (2 + 0j) ** 1000, 1j ** 1000
print 0j ** 0, 0j ** 0j, 0j ** 2, (1e200 + 1e200j) ** 2, pow(1j, 3), pow(2, 1j)
print -(1 + 2j), +(1 + 2j), abs(3 + 4j), abs(-5j), abs(1e308 + 1e308j), abs(complex(float('inf'), float('nan')))
print math.isnan(abs(complex(float('nan'), 1))), abs(0j)
z = 1 + 1j
z += 1
z *= 2j
z -= 1.5
z /= 2
z **= 2
print z
from_future = {}
exec "from __future__ import division\nr = (1+2j) / 2\ns = 1 / (2+0j)" in from_future
print from_future['r'], from_future['s']
print sum([1j, 2, 3.5]), sum([1j, 2j], 1j), sum([], 0j)
errors = ['1j / 0', '1j / 0j', '1 / 0j', '1j // 0', '1j % 0', 'divmod(1j, 0)', '0j ** -1', '0j ** 1j',
          '0j ** -2', 'pow(1j, 2, 3)', 'pow(2, 1j, 3)', 'pow(1j, 1j, None)', '1j & 1', '1j | 1', '1 ^ 1j', '1j << 1',
          '~1j', '1j + "a"', '"a" * 1j', '[] + 1j', '(1e200+1e200j) ** 2.5', '10j ** 1000', '(1L << 2000) + 1j',
          'abs(1e308 + 1.7e308j)', '1j + None']
for e in errors:
    try:
        print e, '->', eval(e)
    except Exception as ex:
        print e, '!!', type(ex).__name__, ex
x = 1j
try:
    x //= 0
except ZeroDivisionError as e:
    print 'ZeroDivisionError', e
try:
    x &= 1
except TypeError as e:
    print 'TypeError', e
