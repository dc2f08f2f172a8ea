# abs, divmod, pow, round, hex, oct, int, long, float, cmp.
print abs(-5), abs(5), abs(-2.5), abs(-10L), abs(0), abs(-0.0), abs(True)
print divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17L, 5), divmod(7.5, 2)
print pow(2, 8), pow(2, -2), pow(2.0, 3), pow(2, 100, 7), pow(5, 3, 13), pow(10L, 2, 7)
print round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5)
print round(2.675, 2), round(1.25, 1), round(1234.5678, -2), round(5, 1), round(-1.5)
print round(0.125, 2), round(0.375, 2), round(2.4999), type(round(5)).__name__
print hex(255), hex(-255), hex(0), hex(2 ** 70), hex(10L), oct(8), oct(0), oct(-8), oct(2 ** 40)
print int(3.7), int(-3.7), int('12'), int(' -5 '), int('ff', 16), int('FF', 16), int('0xff', 16)
print int('11', 2), int('z', 36), int('10', 8), int('  42\n'), int(True), int(10L)
print long(5), long('99999999999999999999'), long(2.5), repr(long(1))
print float(1), float('3.5'), float('-inf'), float(' 1e3 '), float(2 ** 80)
print cmp(1, 2), cmp(2, 2), cmp(3, 2), cmp('a', 'b'), cmp((1, 2), (1, 1)), cmp(1, 1.0)
try:
    int('12', 1)
except ValueError as e:
    print 'ValueError:', e
try:
    int('9', 8)
except ValueError as e:
    print 'ValueError:', e
try:
    int(1e400 if False else float('inf'))
except OverflowError as e:
    print 'OverflowError:', e
try:
    hex(1.5)
except TypeError as e:
    print 'TypeError:', e
