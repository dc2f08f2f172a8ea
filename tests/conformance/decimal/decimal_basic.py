import decimal, threading
from decimal import *

D = Decimal
print D(), D(5), D(-7L), D('3.14'), D('-0.000001'), D('1e-7'), D('1E+3'), D('.5'), D('5.')
print repr(D('  12.50  ')), repr(D('-0')), repr(D('1.23E-10')), repr(D('123456789E20'))
print D(0.1), D(-2.5), D(1e20), D((0, (1, 4, 1), -2)), D((1, (), 3)), D((0, (0,), 'F'))
print D('nan'), D('-sNaN12'), D('inf'), D('-Infinity'), D('NaN007')
for bad in ['abc', '1e', '', '1.2.3', '--1', 'nan1x']:
    try:
        D(bad)
    except InvalidOperation as e:
        print 'InvalidOperation:', e
for bad in [(0, (1,), 'x'), (2, (1,), 0), (0, (10,), 0), (0, (1,))]:
    try:
        D(bad)
    except ValueError as e:
        print 'ValueError:', e
try:
    D([1, 2])
except Exception as e:
    print type(e).__name__, e
try:
    D(object)
except TypeError as e:
    print 'TypeError:', e
a, b = D('1.30'), D('1.20')
print a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +a, abs(-a)
print D(1) / D(3), D(2) / D(3), D(-7) // D(2), D(-7) % D(2), D(7) % D(-2), D(10) ** -2
print D('1.1') + 1, 2 * D('0.5'), 1 - D('0.25'), 3 / D(4), 7 // D(2), 2 ** D(10)
print D(2).sqrt(), D('0.25').sqrt(), D(100).sqrt(), D(2).exp(), D(10).ln(), D(1000).log10(), D(2).log10()
print D('123.456').quantize(D('0.01')), D('123.455').quantize(D('.01'), rounding=ROUND_HALF_DOWN)
print D('7.325').quantize(D('.01'), rounding=ROUND_DOWN), D('7.325').quantize(D('1.'), rounding=ROUND_UP)
for mode in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print mode, [str(D(x).quantize(D('1'), rounding=mode)) for x in ['2.5', '3.5', '-2.5', '2.51', '-2.49', '5.1', '0.1']]
print D('2.50').to_integral_value(), D('3.5').to_integral(), D('-3.7').to_integral_exact(ROUND_DOWN)
print D('120.000').normalize(), D('0.00').normalize(), D('-1E+2').normalize()
print D('-3.14').as_tuple(), D('inf').as_tuple(), D('1.20').adjusted()
print D('1.0') == D('1'), D('1.0') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D(1) < D(2), D(3) > 2, D('NaN') == D('NaN'), D(1) != D('NaN')
print D(1).compare(D(2)), D(2).compare(D(2)), D(3).compare(D('NaN')), max(D(1), D(3)), D(1).max(D('1.0')), D(5).min(3)
print sorted([D('3'), D('1.5'), D('-2'), D('0')])
try:
    D('NaN') < D(1)
except InvalidOperation as e:
    print 'InvalidOperation:', e
print hash(D(5)) == hash(5), hash(D('5.0')) == hash(5), hash(D('0.5')) == hash(0.5), hash(D('-0')) == 0
print {D('1.0'): 'a'}[1]
try:
    hash(D('sNaN'))
except TypeError as e:
    print 'TypeError:', e
print int(D('-3.99')), long(D('1e3')), float(D('0.125')), int(D('12345678901234567890.5'))
for bad in ['nan', 'inf']:
    try:
        int(D(bad))
    except (ValueError, OverflowError) as e:
        print type(e).__name__, e
print [f(D(x)) for f in [Decimal.is_nan, Decimal.is_infinite, Decimal.is_zero, Decimal.is_signed, Decimal.is_finite] for x in ['1', '-0', 'NaN', '-Inf']]
print D('1E+7').to_eng_string(), D('123E-8').to_eng_string(), D('0E+4').to_eng_string(), D('-1.5E+10').to_eng_string()
print D('1E+7'), D('0.000001'), D('0.0000001'), D('1234.5E-10'), D('0E-8')
print D(1).number_class(), D('-0').number_class(), D('NaN').number_class(), D('1E-999999999').number_class()
print D('1.5').copy_negate(), D('-1.5').copy_abs(), D('1').copy_sign(D('-2')), D('1').same_quantum(D('2.0'))
print bool(D(0)), bool(D('0.01')), D('5').scaleb(2), D('100').logb(), D('1').next_plus(), D('1').next_minus()

# errors and signals
for expr in ["D(1) / D(0)", "D(0) / D(0)", "D(1) // D(0)", "D(1) % D(0)", "D('inf') - D('inf')", "D(-1).sqrt()", "D(0) ** D(0)", "D('sNaN') + 1", "D(10) ** D('1e999999999')", "D(1).quantize(D('1e-30'))", "D('inf').quantize(D(1))", "D(10) // D('0.0000000000000000000000000001')"]:
    try:
        print expr, '->', eval(expr)
    except DecimalException as e:
        print expr, '->', type(e).__name__, e
ctx = getcontext()
print ExtendedContext
print ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.capitals
print sorted(k.__name__ for k, v in ctx.flags.items() if v)
ctx.clear_flags()
ctx.traps[DivisionByZero] = False
print D(-1) / D(0), ctx.flags[DivisionByZero]
ctx.traps[DivisionByZero] = True
with localcontext() as lc:
    lc.prec = 5
    lc.rounding = ROUND_DOWN
    print D(1) / D(7), D('123456789') + 0, lc.flags[Inexact], lc.flags[Rounded]
    print lc.create_decimal('3.14159265'), lc.add(1, D('0.000001')), lc.divide(1, 8), lc.sqrt(2)
print D(1) / D(7)
c = Context(prec=3, rounding=ROUND_HALF_UP, traps=[])
print c
print c.divide(D(2), D(3)), c.power(D(2), D(10)), c.multiply(D('1.25'), D(3)), c.to_sci_string(D('1E+5')), c.quantize(D('1.234'), D('0.1'))
print c.divide(1, 0), c.divide(0, 0), sorted(k.__name__ for k, v in c.flags.items() if v)
print c.Etiny(), c.Etop(), c.create_decimal('1.2345'), c.create_decimal_from_float(0.1), c.abs(D(-2)), c.minus(D(3))
print D(5).__pow__(3, 7), pow(D(2), D(10), D(1000))
print BasicContext.prec, BasicContext.rounding, ExtendedContext.prec, DefaultContext.prec
print Context(Emax=99, Emin=-99, prec=4, traps=[]).multiply(D('9e99'), 10), D('1e-5') * D('1e-3')
c2 = Context(prec=4, Emax=5, Emin=-5, traps=[])
print c2.multiply(D('1e5'), 100), sorted(k.__name__ for k, v in c2.flags.items() if v)
c2.clear_flags()
print c2.divide(D('1e-5'), 1000), sorted(k.__name__ for k, v in c2.flags.items() if v)
try:
    c.add(1, 'x')
except TypeError as e:
    print 'TypeError:', e
print D(1).__add__('x'), D(1) == 'x'

results = {}
def worker(n):
    getcontext().prec = n
    results[n] = str(D(1) / D(3))
ts = [threading.Thread(target=worker, args=(n,)) for n in (3, 6, 10)]
for t in ts: t.start()
for t in ts: t.join()
print sorted(results.items()), getcontext().prec
setcontext(ExtendedContext)
print D(1) / D(0), getcontext().prec
setcontext(DefaultContext)
print issubclass(DivisionByZero, ZeroDivisionError), issubclass(Underflow, Subnormal), issubclass(Overflow, Inexact), issubclass(InvalidOperation, ArithmeticError)
print '{0:.2f}'.format(D('3.14159')), '%s' % D('2.50'), str(D('-0.0')), format(D('1234.5'), '')
import math
class T(object):
    def __trunc__(self):
        return 7
print math.trunc(D('-2.5')), math.trunc(D('9.99')), math.trunc(T())
try:
    math.trunc("x")
except AttributeError as e:
    print 'AttributeError:', e
print D(6).logical_and(D(3)) if False else D('1100').logical_and(D('1010')), D('1100').logical_or(D('1010')), D('1100').logical_xor(D('1010'))
print D('12345').shift(2), D('12345').rotate(-2), D('12345').shift(-3)
try:
    D('sNaN') == 1
except InvalidOperation as e:
    print 'InvalidOperation:', e
