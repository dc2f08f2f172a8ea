from fractions import Fraction as F
import fractions
for s in ['3/4', ' -3/4 ', '1.5', '1e2', '-.25', '7', '+2/6', '1.5e-1', '  1  ']:
    print repr(F(s))
for bad in ['3/0', '1/', 'abc', '1.5/2', '', '3 /4', '1e', '--1']:
    try: print F(bad)
    except (ValueError, ZeroDivisionError) as e: print type(e).__name__, e
try: F(1, 0)
except ZeroDivisionError as e: print e
try: F(1.5, 2)
except TypeError as e: print e
try: F([])
except TypeError as e: print e
print F(1.5), F(F(1,2)), F(3, 6), F(-4, -6), F(4, -6)
print F.from_float(0.1), F.from_float(3), F(0.1).limit_denominator(10)
try: F.from_float('x')
except TypeError as e: print e
print F(3,4) + F(1,4), F(3,4) - 1, F(3,4) * 2, F(3,4) / F(1,2), 1 / F(3, 4), F(3,4) + 0.25
print F(7, 2) // 2, F(7, 2) % 2, divmod(F(7,2), 1), F(2, 3) ** 2, F(4, 9) ** 0.5, 2 ** F(1, 2), F(2,3) ** -2
print -F(1,2), +F(1,2), abs(F(-1,2)), int(F(7,2)), float(F(1,4)), long(F(-7,2))
print F(1,2) == 0.5, F(1,2) < 1, F(1, 2) > F(1, 3), F(1,2) == F(2,4), hash(F(2,1)) == hash(2), hash(F(1,2)) == hash(0.5)
print bool(F(0)), F(5).numerator, F(5, 10).denominator, repr(F(1,3)), str(F(4, 1))
print fractions.gcd(12, -8), fractions.gcd(-12, 8), fractions.gcd(0, 5)
print F('3.1415926535897932').limit_denominator(1000)
try: F(1, 3).limit_denominator(0)
except ValueError as e: print e
print sorted([F(1,2), F(1,3), 0.4, 1])
import math
print round(F(7, 2)) if False else '', F(10, 3).__trunc__()
print F(5, 4) < 1.3, F(1, 3) <= F(1, 3), F(1,2) >= 0.5
