# Unicode errors: attributes from the arguments (UnicodeTranslateError too),
# and str() built from the attributes as they are when printed.
e = UnicodeEncodeError('ascii', u'xxx', 1, 5, 'ouch')
print e.encoding, e.start, e.end, e.reason, str(e)
e = UnicodeDecodeError('ascii', '\xff', 0, 1, 'ordinal not in range')
print e.args, e.encoding, repr(e.object), e.start, e.end, e.reason, str(e)
e = UnicodeTranslateError(u'abc', 0, 1, 'ouch')
print e.start, e.end, e.reason, e.encoding, str(e)
u = UnicodeEncodeError('baz', u'xxxxx', 1, 5, 'foo')
print str(u)
u.end = 2
print str(u)
u.start = 0; u.end = 1; u.reason = 'bar'; u.encoding = 'qq'
print str(u)
print str(UnicodeTranslateError(u'xyz', 1, 2, 'bad'))
print str(UnicodeTranslateError(u'xyz', 1, 3, 'bad'))
t = UnicodeTranslateError(u'xyz', 1, 3, 'bad')
t.start = 2; t.reason = 'worse'
print str(t)
print str(UnicodeDecodeError('ascii', 'abc', 1, 2, 'bad'))
print str(UnicodeDecodeError('ascii', 'a\xffc', 1, 3, 'bad'))
d = UnicodeDecodeError('ascii', 'a\xffc', 1, 3, 'bad')
d.end = 2
print str(d)
import imp, exceptions
print imp.reload(exceptions) is exceptions
print imp.PY_SOURCE, imp.C_BUILTIN, imp.lock_held()
m = imp.new_module('fresh')
print type(m).__name__, m.__name__, m.__doc__
print [s for s in imp.get_suffixes() if s[0] == '.py']
