# %-formatting corner cases: argument counting, mappings, * arguments, %c and errors.
def t(f, *a):
    try:
        print repr(f % a[0]) if a else repr(f)
    except Exception as e:
        print type(e).__name__ + ':', e

t('%s %s', ('a', 'b'))
t('%s', ('a', 'b'))
t('%s %s', ('a',))
t('%s %s', [1])
t('%s', [1, 2])
t('abc', [1])
t('abc', 5)
t('abc', {})
t('abc', ())
t('%(a)s %s', {'a': 1})
t('%(a)s', ('x',))
t('%(a)s %(b)d', {'a': 'x', 'b': 3.7})
t('%(a)s', {'b': 1})
t('%(a(b))s', {'a(b)': 'nested'})
t('%*d|%-*d|%.*s', (5, 1, 4, 2, 2, 'abcdef'))
t('%*d', (-5, 1))
t('%.*f', (-3, 1.5))
t('%*d', (5L, 1))
t('%*d', (True, 1))
t('%*d', ('x', 1))
t('%c%c%c', (65, 'b', True))
t('%c', 'ab')
t('%c', 256)
t('%c', -1)
t('%c', 10 ** 30)
t('%c', 1.5)
t('%c', None)
t('%5c|%-5c|', ('x', 'y'))
t('%d', 3.99)
t('%d', -3.99)
t('%d', 1e20)
t('%d', float('nan'))
t('%d', float('inf'))
t('%x %o %X', (3.5, 8.9, 255.0))
t('%d', '5')
t('%i', '5')
t('%u', '5')
t('%x', None)
t('%f', '1.5')
t('%f', 10 ** 400)
t('%f %e %g', (1, 2L, True))
t('%.0d|%.0d|%.3d|%5.3d|%-5.3d|', (0, 0L, 7, -7, 7))
t('%#o %#o %#x %#X', (0, 8, 0, 255))
t('%+o %+x % x', (8, -255, 255))
t('%05s|%-05d|%0-5d|', ('ab', 3, 4))
t('%5%|%-5%|%%')
t('% 5.2f|%+.1e|%#.3g', (3.14159, 12345.0, 1.0))
t('%F %E %G', (1.5, 1.5, 1e-10))
t('%r %r %r', ('x', 1L, 1.0))
t('%s', ((1, 2),))
t('%s', ((),))
t('%z', 1)
t('%', ())
t('%(a', {})
t('%(a)', {'a': 1})
t('abc %', ())
t('%ld %hd %Ld', (1, 2, 3))
t('%.3s|%.0s|%10.4s|', ('abcdef', 'abc', 'abcdef'))
t('%s and %r', ('it\'s', 'it\'s'))
class C(object):
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __str__(self):
        return 'C-str'
    def __repr__(self):
        return 'C-repr'
class M(object):
    def __getitem__(self, key):
        return key * 2
class E(object):
    pass
t('%d %x %f %s %r', (C(), C(), C(), C(), C()))
t('%(ab)s|%(cd)r', M())
t('%d', E())
t('%f', E())
t('x', E())
class I(int):
    pass
class F(float):
    pass
class S(str):
    pass
t('%d %x %o', (I(7), I(255), I(8)))
t('%.2f %d', (F(1.25), F(9.5)))
t('%s|%5s|%r', (S('sub'), S('x'), S('y')))
t('%s', S('single'))
t(S('%s-%s'), (1, 2))
t('%s' * 3, tuple('abc'))
t('%%%s%%', 'x')
t('%d%%', 50)
