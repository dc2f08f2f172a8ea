# str.format and format(): field names, conversions, nested specs and errors.
def t(f, *args, **kwargs):
    try:
        print repr(f.format(*args, **kwargs))
    except Exception as e:
        print type(e).__name__ + ':', e

def fm(v, spec):
    try:
        print repr(format(v, spec))
    except Exception as e:
        print type(e).__name__ + ':', e

t('{0}{1}{0}', 'a', 'b')
t('{}{}', 'a', 'b')
t('{} {1}', 1, 2)
t('{1} {}', 1, 2)
t('{0} {}', 1, 2)
t('{} {}', 1)
t('{5}', 1)
t('{x}', 1)
t('{x}', x=[1, 2])
t('{x[1]}{x[0]}', x='ab')
t('{0[a]}', {'a': 'A'})
t('{0[0]}', {0: 'int-key'})
t('{0[-1]}', {'-1': 'str-key'})
t('{0.real}|{0.imag}', 3)
t('{0.nope}', 3)
t('{0.}', 3)
t('{0[}', 3)
t('{0[0]x}', [1])
t('{0[]}', [1])
t('{!r}', 'q')
t('{!s}', 3)
t('{!x}', 3)
t('{!}', 3)
t('{0!r:>6}|{0!s:<6}|', 'ab')
t('{0!rs}', 1)
t('{:{}}|{:{}}', 'a', 3, 'b', 4)
t('{0:{1}{2}}', 5, '>', 4)
t('{0:{1:{2}}}', 1, 2, 3)
t('{:{:{}}}', 1, 2, 3)
t('{{}} {{{0}}}', 'x')
t('}')
t('{')
t('a}b')
t('{0')
t('{0:')
t('{:d}', 'x')
t('{:s}', 5)
t('{:d}', 1.5)
t('{:,d}|{:,}|{:,.2f}', 1234567, -1234567, 1234.5)
t('{:x}|{:#x}|{:#o}|{:#b}|{:c}', 255, 255, 8, 5, 97)
t('{:=10d}|{:=+10d}|{:010d}|{:<010d}', -42, 42, -42, 42)
t('{:^10}|{:*^10}|{:^11}', 'mid', 'mid', 'mid')
t('{:.3}|{:10.3}|{:<10.2}|', 'abcdef', 'abcdef', 'abcdef')
t('{:%}|{:.2%}|{:e}|{:.2E}|{:g}|{:G}', 0.5, 0.12345, 12345.678, 0.00012, 1e-5, 1e20)
t('{}|{}|{}|{}', 1.0, 1e16, 1e-5, 0.1)
t('{:}|{:.1}|{:.3}', 2.5, 2.5, 1.0 / 3)
t('{:n}|{:n}', 1234, 1234.5)
t('{0}', None)
t('{0}|{0!r}', [1, 'a'])
t('{0}', (1,))
t('{a}{b}', a=1, b='2')
t('{0.x.y}', type('A', (object,), {'x': type('B', (object,), {'y': 'deep'})()})())
t('\xe9{0}', 1)
fm(1, '')
fm(True, '')
fm(True, 'd')
fm(True, '>6')
fm(1L, '05')
fm(2 ** 64, ',')
fm(1.5, '')
fm(1.5, '+.3f')
fm('s', '')
fm('s', '>3')
fm('s', 'd')
fm(None, '')
fm(None, '>6')
fm([1], '')
fm(1, 'z')
fm(1.0, 'd')
fm('x', '+')
fm('x', '=5')
fm(1, '.2')
fm(256, 'c')
fm(-1, 'c')
fm(1.5, '#')
fm(10, ',x')
fm(1, '1,2')
class F(object):
    def __format__(self, spec):
        return 'F(' + spec + ')'
    def __str__(self):
        return 'F-str'
class Bad(object):
    def __format__(self, spec):
        return 5
class Plain(object):
    def __str__(self):
        return 'plain'
class I(int):
    def __str__(self):
        return 'I-str'
class S(str):
    def __str__(self):
        return 'S-str'
fm(F(), 'xyz')
t('{0:abc}|{0}|{0!s}', F())
fm(Bad(), '')
t('{}', Bad())
fm(Plain(), '')
fm(Plain(), '>7')
t('{:>7}|{}', Plain(), Plain())
fm(I(5), '')
fm(I(5), 'd')
fm(I(5), '>3')
t('{}|{:d}', I(5), I(6))
fm(S('ab'), '')
fm(S('ab'), '>4')
t('{}|{:>4}', S('ab'), S('cd'))
print str.format('{0}-{1}', 'a', 'b')
print '{0}'.format.__name__ if hasattr('{0}'.format, '__name__') else 'format'
