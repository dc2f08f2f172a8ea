# Conversions between strings and other types; __str__/__repr__ use in formatting.
print str(42), str(-3L), str(2.5), str(True), str(None), str('s'), str([1]), str((1, 2))
print repr(42), repr(-3L), repr(2.5), repr(True), repr(None), repr('s')
print int('42'), int('-17'), int('  8  '), int('0x1f', 16), int('777', 8), int('z', 36), int('101', 2)
print long('123456789012345678901234567890'), float('1.5e3'), float(' -2 ')
print int('10', 0), int('0x10', 0), int('010', 0), int('0b10', 0)
class Thing(object):
    def __str__(self):
        return 'Thing-str'
    def __repr__(self):
        return 'Thing-repr'
t = Thing()
print t, str(t), repr(t), [t], (t,), '%s %r' % (t, t), '{0} {0!r}'.format(t)
print str(t) + '!', 'x' + repr(t)
class OnlyRepr(object):
    def __repr__(self):
        return '<OnlyRepr>'
print OnlyRepr(), str(OnlyRepr()), '%s' % OnlyRepr()
for bad in ['', 'abc', '1.5', '1e3', '0x', '12a']:
    try:
        int(bad)
    except ValueError as e:
        print 'ValueError:', e
try:
    float('abc')
except ValueError as e:
    print 'ValueError:', e
print list('abc'), tuple('ab'), sorted(set('hello'))
print chr(65) + chr(66), [ord(c) for c in 'AZaz09']
