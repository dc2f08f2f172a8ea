# uu and quoted-printable str codecs through str.encode/decode and codecs.
import codecs
for d in ['hello world', '', 'a' * 100, '\x00\xff' * 30]:
    e = d.encode('uu')
    print repr(e), e.decode('uu') == d
    q = codecs.encode(d + ' \t\n=x', 'quopri_codec')
    print repr(q), codecs.decode(q, 'quopri-codec') == d + ' \t\n=x'
for bad in ['', 'begin 666 x\n']:
    try: bad.decode('uu')
    except ValueError as e: print e
print repr(codecs.encode(b"space tab\teol \n", "quopri-codec"))
