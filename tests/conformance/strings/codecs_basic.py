# encode/decode with the built-in codecs on byte strings.
def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__ + ':', e

t(lambda: 'abc'.encode('ascii'))
t(lambda: 'abc'.encode('UTF-8'))
t(lambda: 'abc'.encode('latin-1'))
t(lambda: 'abc'.encode())
t(lambda: 'abc'.encode(encoding='ascii'))
t(lambda: 'abc'.encode('ascii', 'strict'))
t(lambda: 'abc'.encode('foo'))
t(lambda: 'abc'.encode(1))
t(lambda: 'abc'.encode('ascii', 'strict', 3))
t(lambda: 'abc'.decode(foo='x'))
t(lambda: '\xe9'.encode('ascii'))
t(lambda: '\xe9'.decode('ascii'))
t(lambda: '\xff\xfe'.decode('utf-8'))
t(lambda: 'ok\xc3'.decode('utf-8'))
t(lambda: 'x\xc3('.decode('utf-8'))
t(lambda: 'hi'.encode('hex'))
t(lambda: '6869'.decode('hex'))
t(lambda: '686'.decode('hex'))
t(lambda: 'zz'.decode('hex'))
t(lambda: 'hello world'.encode('base64'))
t(lambda: ('x' * 60).encode('base64'))
t(lambda: 'aGVsbG8gd29ybGQ=\n'.decode('base64'))
t(lambda: 'Hello'.encode('rot13'))
t(lambda: 'a\nb\'c"\\d\x00\xff'.encode('string_escape'))
t(lambda: 'a\\nb\\x41\\101\\\\'.decode('string_escape'))
