# Subclasses of str: inherited methods, operators and formatting.
class S(str):
    def shout(self):
        return self.upper() + '!'

s = S('Hello')
print s, repr(s), len(s), s.shout(), type(s.upper()).__name__, type(s).__name__
print s.lower(), s.split('l'), s.replace('l', 'L'), s.find('o'), s.startswith('He')
print s + '!', '>' + s, s * 2, 2 * s, s[1], s[1:3], s[::-1], 'ell' in s
print s == 'Hello', s != 'Hello', s < 'Z', 'Hello' == s, s == S('Hello')
print '%s|%r|%5s' % (s, s, S('ab')), '{}|{!r}|{:>7}'.format(s, s, s)
print '-'.join([s, S('x'), 'y']), S('-').join(['a', 'b'])
print hash(s) == hash('Hello'), {'Hello': 2}[s], {s: 1}[S('Hello')]
print str(s), type(str(s)).__name__, s.strip('Ho'), s.center(9, '*')
print sorted([S('b'), 'a', S('c')])
print S('%s and %s') % ('x', 'y')

class T(str):
    def __str__(self):
        return 'custom'
    def __repr__(self):
        return 'T()'
t = T('base')
print str(t), repr(t), '%s' % t, '%r' % t, '{}'.format(t), '{!r}'.format(t), format(t, '>6')
print t.upper(), t + '!', len(t), t[0]

class U(str):
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 1
u = U('x')
print u == 'y', u != 'y', 'y' == u
try:
    S('a') + 1
except TypeError as e:
    print 'TypeError:', e
class R(object):
    def __radd__(self, other):
        return 'radd(%s)' % other
    def __rmul__(self, other):
        return 'rmul(%s)' % other
print S('q') + R(), 'q' + R()
