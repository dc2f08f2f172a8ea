# Built-in exceptions live in module 'exceptions' and refuse keyword
# arguments; object.__format__; type() takes the caller's module name.


def t(label, f):
    try:
        r = f()
        print label, repr(r)
    except Exception as e:
        print label, type(e).__name__, e

t('module', lambda: (ValueError.__module__, BaseException.__module__, KeyError.__module__, int.__module__))
t('kw', lambda: ValueError(a=1))
t('kw2', lambda: BaseException(1, a=1))
t('kw3', lambda: KeyError(x=None))


class MyErr(Exception):
    pass
t('kw user', lambda: MyErr(a=1))


class MyErr2(Exception):
    def __init__(self, x=0):
        Exception.__init__(self, x)
t('kw user init', lambda: MyErr2(x=5).args)
t('user module', lambda: MyErr.__module__)


class A(object):
    def __str__(self):
        return 'abc'
t('format', lambda: format(A(), '>5'))
t('format empty', lambda: format(A()))
t('str.format', lambda: '{0:>6}|{0}'.format(A()))
t('__format__', lambda: A().__format__('<4'))
t('__format__ bad', lambda: A().__format__(5))
t('__format__ args', lambda: A().__format__())


def make():
    C = type('C', (object,), {})
    return C.__module__
t('type module', make)
d = {}
B = type('B', (), d)
t('type dict untouched', lambda: (B.__module__, '__module__' in d))
t('type explicit module', lambda: type('C', (), {'__module__': 'zz'}).__module__)
