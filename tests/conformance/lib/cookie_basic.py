import Cookie, pickle

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

C = Cookie.SimpleCookie()
C.load('chips=ahoy; vienna=finger; keebler="E=mc2; L=\\"Loves\\"; fudge=\\012;"')
print repr(C)
print C.output(sep='\n')
print repr(C['keebler'].value), C['keebler'].coded_value
C = Cookie.SimpleCookie('Customer="WILE_E_COYOTE"; Version=1; Path=/acme; secure')
print C['Customer'].value, repr(C['Customer']['version']), C['Customer']['secure'], repr(C['Customer'])
print C.output(['path'])
print C.js_output()
C['x'] = 'a b,c;d\x01\xff"q\\'
C['x']['max-age'] = 60
C['x']['domain'] = 'example.com'
C['x']['comment'] = 'hi'
C['x']['httponly'] = True
print C['x'].OutputString()
print C.output(header='Cookie:')
C.load({'y': 5, 'z': 'plain'})
print sorted(C.keys()), repr(C['y'].value)
C.load('eggs  =  scrambled  ;  secure  ;  path  =  bar   ; foo=foo   ; $Domain=d')
print C['eggs'].output(), C['foo']['domain']
C2 = Cookie.SimpleCookie()
C2.load('cookie=with; invalid; version; second=cookie;')
print C2.output()
C2.load(']bad=x')
print len(C2)
C2.load('Customer="W"; expires=Wed, 01 Jan 2010 00:00:00 GMT')
print C2['Customer']['expires']
for proto in range(3):
    print pickle.loads(pickle.dumps(C2, proto)).output()
m = Cookie.Morsel()
show(lambda: m.__setitem__('bogus', 1))
show(lambda: m.set('path', 'v', 'v'))
show(lambda: m.set('bad key', 'v', 'v'))
print m.isReservedKey('Max-Age'), m.isReservedKey('nope')
print Cookie._quote('plain'), Cookie._quote('sp ace'), Cookie._unquote('"a\\073b\\"c\\\\"'), Cookie._unquote('x')
print Cookie.BaseCookie('a="b"')['a'].value
