# math functions of Python 2.7 beyond the basics.
import math
print math.fsum([0.1] * 10), sum([0.1] * 10)
print math.erf(1), math.erfc(1)
print math.expm1(1e-10), math.log1p(1e-10)
print math.gamma(5), math.lgamma(5)
print math.asinh(1), math.acosh(1), math.atanh(0)
print math.isinf(float('-inf')), math.factorial(5)
