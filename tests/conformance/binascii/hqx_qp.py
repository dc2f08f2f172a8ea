import binascii as b
for s in ['', 'a', 'abc', 'hello world', '\x90\x90aaaaaa\x00\xff' * 3, 'x' * 300]:
    r = b.rlecode_hqx(s); e = b.b2a_hqx(r); print repr(r), e, b.a2b_hqx(e + ':'), repr(b.rledecode_hqx(r))
for bad in ['!!!', 'a~', 'ab']:
    try: print b.a2b_hqx(bad)
    except Exception as ex: print type(ex).__name__, ex
for bad in ['\x90\x01', 'a\x90']:
    try: print repr(b.rledecode_hqx(bad))
    except Exception as ex: print type(ex).__name__, repr(str(ex))
print repr(b.b2a_qp('.\r')), repr(b.b2a_qp('.\x00')), repr(b.b2a_qp('a.\n'))
