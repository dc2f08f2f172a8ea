# The format() builtin and __format__.
print format(42), format(42, 'd'), format(42, '5d') + '|', format(42, '<5') + '|'
print format(3.14159, '.2f'), format(3.14159, '8.3f'), format(0.5, '%'), format(1e6, ',.1f')
print format('abc', '>6'), format('abc', '^7'), format('abc', '.1')
print format(255, 'x'), format(255, '#X'), format(10, 'b'), format(-10, 'b'), format(8, 'o')
print format(1234567, ','), format(-1234.5, ',')
print format(True), format(None), format([1, 2])
print repr(format(1.5)), repr(format(10L)), repr(format('', '3'))
print format(2 ** 70, ','), format(2 ** 70, 'x')
print format(1e-7), format(1e16), format(123.456, 'g'), format(123.456, 'e')
class Money(object):
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return '$%.2f' % self.v
        return format(self.v, spec)
m = Money(3.5)
print format(m, 'usd'), format(m, '.3f'), '{0:usd} and {0:8.1f}|'.format(m)
