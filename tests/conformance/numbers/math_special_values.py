# math functions at special values: infinities, NaNs, zeros, huge and tiny floats.
import math
INF = float('inf'); NAN = float('nan'); NINF = -INF
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1.5, INF, NINF, NAN, 1e308, -1e308, 1e-308]
def r(f, *a):
    try: return repr(f(*a))
    except Exception as e: return type(e).__name__
for name in ['fmod', 'pow', 'atan2', 'copysign', 'hypot']:
    f = getattr(math, name)
    for x in vals:
        print name, repr(x), ' '.join(r(f, x, y) for y in vals)
for name in ['modf', 'acosh', 'asinh', 'atanh', 'exp', 'expm1', 'log1p', 'sqrt', 'cosh', 'sinh', 'tanh', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'log', 'log10', 'ceil', 'floor', 'fabs', 'gamma', 'lgamma', 'erf', 'erfc', 'trunc', 'degrees', 'radians', 'isinf', 'isnan']:
    f = getattr(math, name)
    print name, ' '.join(r(f, x) for x in vals + [1.3067079752499342e+308, 710.0, -710.0, 1e-320, 1e300])
print r(pow, 0, NAN), r(pow, 0.0, NAN), r(pow, 1, NAN), r(pow, NAN, 0)
print r(math.pow, 0, NAN), r(math.pow, 10, 400), r(math.pow, -10, 401), r(math.pow, 10, -400), r(math.pow, -2, 0.5)
print r(math.ldexp, 1.0, 10**20), r(math.ldexp, 1.0, -10**20), r(math.ldexp, INF, 5), r(math.ldexp, 0.0, 10**20)
