import base64
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
for s in ['', 'a', 'ab', 'abc', 'abcd', 'abcde', 'abcdef', '\xff\xfe\xfd', 'x'*100]:
    e = base64.b32encode(s); print repr(e), repr(base64.b32decode(e)), base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b16encode(s), repr(base64.encodestring(s))
t(base64.b32decode, 'MFRGG==='); t(base64.b32decode, 'mfrgg===', True); t(base64.b32decode, 'MFRGG==');  t(base64.b32decode, 'MFRG1===', map01='L'); t(base64.b32decode, 'MFRGG=======')
t(base64.b32decode, 'M=======')
t(base64.b64decode, 'YWJj'); t(base64.b64decode, 'YWJ'); t(base64.b64decode, '_-8=', '_-'); t(base64.urlsafe_b64decode, '__8=')
t(base64.b16decode, '0a'); t(base64.b16decode, '0a', True); t(base64.b16decode, '0A0'); t(base64.b64encode, '\xfb\xff', '-_')
import StringIO
i = StringIO.StringIO('x'*200); o = StringIO.StringIO(); base64.encode(i, o); print repr(o.getvalue())
i = StringIO.StringIO(o.getvalue()); o = StringIO.StringIO(); base64.decode(i, o); print len(o.getvalue())
print base64.decodestring('YWJj\nZGVm\n'), base64.standard_b64decode('YQ=='), base64.MAXBINSIZE
