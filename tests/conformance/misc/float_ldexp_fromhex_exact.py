# ldexp and float.fromhex round once down to the subnormals; fromhex overflow; 0.0 ** -inf; float() of bytearray/buffer
import math
print math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(3.0, -1075), math.ldexp(1.0, 1023)
print math.ldexp(-0.0, 5), math.ldexp(float('inf'), -3), math.ldexp(0.75, -10**30)
try:
    math.ldexp(0.75, 10**30)
except OverflowError as e:
    print 'OverflowError', e
try:
    math.ldexp(1.0, 1024)
except OverflowError as e:
    print 'OverflowError', e
try:
    math.ldexp(1.0, 1.5)
except TypeError as e:
    print 'TypeError', e
for s in ['0x1p-1074', '0x1p-1075', '0x1.8p-1074', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023',
          '-0x1p1024', '  0X1.921FB54442D18P+1  ', '0x.8', '1', 'inf', '-Infinity', '0x1p-2000000000000', '0x0p999999999999',
          '0x1.00000000000008p0', '0x1.000000000000080000001p0', '0x1.00000000000018p0', 'x', '0x', '0x1p', '1.5 p3', '0x1.2.3']:
    try:
        print s, repr(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print s, type(e).__name__, e
print 0.0 ** float('-inf'), (-0.0) ** float('-inf')
try:
    0.0 ** -1.0
except ZeroDivisionError as e:
    print 'ZeroDivisionError', e
print float(bytearray(' 3.14 ')), float(buffer('12.3A', 1, 3))
try:
    float(bytearray('x'))
except ValueError as e:
    print 'ValueError', e
print repr(float.fromhex('\v -0x.2\f\r'))
for y in (-0.5, 0.5, -1.0, -2.0, 3.0):
    print repr(float('-inf') ** y)
