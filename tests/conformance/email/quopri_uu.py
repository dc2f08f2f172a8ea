# quopri (binascii and pure-Python paths), uu, quoprimime, base64mime.
import quopri, uu
from cStringIO import StringIO
from email import quoprimime, base64mime

samples = ['hello world', 'caf\xe9 = 1\n', 'trailing space \nand tab\t\n',
           'x' * 100 + '\n', '.\n', 'under_score', '=\n', '\xff' * 30]
for s in samples:
    print repr(quopri.encodestring(s)), repr(quopri.encodestring(s, quotetabs=1)), repr(quopri.encodestring(s, header=1))
for s in ['caf=E9', 'soft=\nbreak', 'bad=ZZescape', 'a_b', '=3D=41 \n', 'x=\r\ny']:
    print repr(quopri.decodestring(s)), repr(quopri.decodestring(s, header=1))

# The pure-Python coder (what runs when binascii lacks a2b_qp/b2a_qp).
saved = quopri.a2b_qp, quopri.b2a_qp
quopri.a2b_qp = quopri.b2a_qp = None
try:
    for s in samples:
        print repr(quopri.encodestring(s)), repr(quopri.encodestring(s, 1, 1))
    for s in ['caf=E9', 'soft=\nbreak', 'bad=ZZescape', 'a_b', '=3D=41 \n']:
        print repr(quopri.decodestring(s)), repr(quopri.decodestring(s, header=1))
    out = StringIO()
    quopri.encode(StringIO('line one \nline two'), out, 0)
    print repr(out.getvalue())
finally:
    quopri.a2b_qp, quopri.b2a_qp = saved

data = ''.join(chr(i) for i in range(120))
enc = StringIO()
uu.encode(StringIO(data), enc, 'name\nwith newline', 0644)
print enc.getvalue()
dec = StringIO()
uu.decode(StringIO(enc.getvalue()), dec)
print dec.getvalue() == data
for bad in ['', 'no begin here\n', 'begin 644 x\nM\n']:
    try:
        uu.decode(StringIO(bad), StringIO())
    except uu.Error as e:
        print 'uu.Error', e

for s in ['hello world', 'caf\xe9 au lait', 'a' * 80]:
    print quoprimime.header_encode(s), quoprimime.header_quopri_len(s), quoprimime.body_quopri_len(s)
    print base64mime.header_encode(s), base64mime.base64_len(s)
print repr(quoprimime.body_encode('a\tb \nline \n' + 'y' * 90 + '\nend ', maxlinelen=30))
print repr(quoprimime.decode('caf=E9=\nbreak\nend=\n'))
print repr(quoprimime.header_decode('caf=E9_au_lait'))
print repr(base64mime.encode('x' * 100, maxlinelen=20, eol='\r\n'))
print repr(base64mime.decode('aGVsbG8NCndvcmxk', convert_eols='\n'))
print quoprimime.quote('='), quoprimime.unquote('=41')
