# Natives that take a str accept a unicode too (as 2.7's "s" converter).
import time
print eval(u'1+1'), repr(eval(u"u'x' * 2"))
exec u"y = 3"
print y
print repr((5).__format__(u'd')), repr((2.5).__format__(u'.2f')), repr((7L).__format__(u'x'))
print time.strftime(u'%Y', (2001, 1, 2, 3, 4, 5, 0, 2, 0))
def f(a, b=0, **kw):
    return a, b, len(kw)
print f(**{u'a': 1, u'b': 2, u'c': 3})
print repr(filter(None, u'abc')), repr(filter(lambda c: c > u'a', u'abc')), repr(filter(None, 'ab'))
class U(unicode):
    pass
print repr(filter(None, U(u'x\xe9')))
try:
    eval(5)
except TypeError as e:
    print e
