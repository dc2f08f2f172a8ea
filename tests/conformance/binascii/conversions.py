import binascii as b
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
t(b.hexlify, 'abc'); t(b.unhexlify, '616'); t(b.unhexlify, '6g'); t(b.unhexlify, 'AbCd')
t(b.b2a_base64, 'hello'); t(b.b2a_base64, ''); t(b.a2b_base64, 'aGVsbG8=\n'); t(b.a2b_base64, 'aGVsbG8'); t(b.a2b_base64, 'aGV!sbG8=');
t(b.a2b_base64, 'a'); t(b.a2b_base64, 'ab'); t(b.a2b_base64, 'abc'); t(b.a2b_base64, 'abc='); t(b.a2b_base64, 'ab=c');t(b.a2b_base64, 'ab==c');t(b.a2b_base64, '====')
t(b.b2a_qp, 'h\xe9llo = world\t\n'); t(b.b2a_qp, 'a'*100); t(b.b2a_qp, 'a b\n', header=True); t(b.b2a_qp, 'a \n', quotetabs=True); t(b.b2a_qp, '.\n', istext=False)
t(b.a2b_qp, 'h=E9llo =3D x=\nyz'); t(b.a2b_qp, 'a_b', header=True); t(b.a2b_qp, '=4'); t(b.a2b_qp, '=zz')
t(b.b2a_uu, 'hello'); t(b.a2b_uu, '%:&5L;&\\\n'); t(b.b2a_uu, 'x'*46); t(b.a2b_uu, ''); t(b.a2b_uu, '!!!!!!'); t(b.a2b_uu, '\x80abc')
t(b.b2a_hex, '\x00\xff'); t(b.a2b_hex, '00ff'); t(b.hexlify, 1); t(b.b2a_base64, 1); t(b.crc32, 1)
print b.Error.__mro__, b.Incomplete.__mro__
t(b.crc32, 'a'*1000, -1)
t(b.crc32, 'abc', 2**40)
