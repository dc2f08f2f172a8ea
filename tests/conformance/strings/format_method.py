# str.format field syntax.
print '{0} {1} {0}'.format('a', 'b')
print '{} {} {}'.format(1, 2.5, 'x')
print '{name} is {age}'.format(name='Ann', age=30)
print '{0} {x}'.format('pos', x='kw')
class P(object):
    def __init__(self):
        self.x = 3
        self.y = [10, 20]
p = P()
print '{0.x} {0.y[1]} {p.x}'.format(p, p=p)
print '{0[0]} {0[1]} {1[key]}'.format(['zero', 'one'], {'key': 'val'})
print '{0!r} {0!s} {1!r}'.format('q', 5)
print '{{literal}} {0}'.format('braces')
print '{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c')
print '{:*>8}|{:-<8}|{:.^8}|{:0>4}'.format('r', 'l', 'c', 7)
print '{:+d} {:+d} {: d} {:-d}'.format(5, -5, 5, 5)
print '{:5d}|{:<5d}|{:05d}|{:^7d}|'.format(42, 42, 42, 42)
print '{:,} {:,d} {:,.2f}'.format(1234567, -9876543210, 1234567.891)
print '{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}'.format(255, 255, 8, 5, 255, 8, 5)
print '{:.2f} {:.3e} {:.4g} {:g} {:10.1f}|'.format(3.14159, 12345.678, 0.000123456, 1e20, 2.25)
print '{:%} {:.1%} {:.0%}'.format(0.25, 0.125, 1)
print '{:e} {:E} {:f} {:F}'.format(1.5, 1.5, 1.5, 1.5)
print '{:s} {:10s}|{:.2s}'.format('abc', 'abc', 'abc')
print '{0:{1}}|{0:>{1}}|'.format('w', 4)
print '{:=+8d}|{:=8.2f}|'.format(42, -3.5)
print '{:c}'.format(65), '{:d}'.format(True), '{}'.format(None), '{}'.format([1, 'a'])
try:
    '{0} {1}'.format('only')
except IndexError as e:
    print 'IndexError:', e
try:
    '{missing}'.format(x=1)
except KeyError as e:
    print 'KeyError:', e
try:
    '{} {0}'.format(1, 2)
except ValueError as e:
    print 'ValueError:', e
try:
    '{:d}'.format('s')
except ValueError as e:
    print 'ValueError:', e
