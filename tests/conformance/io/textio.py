# -*- coding: utf-8 -*-
import io, os
fn = '_io_text_tmp.txt'
with io.open(fn, 'w', encoding='utf-8') as f:
    print f.write(u'h\xe9llo\nw\u20acrld\r\nthird line\rlast')
    print repr(f), f.encoding, f.errors, f.line_buffering
with io.open(fn, 'rb') as f:
    print repr(f.read())
    print repr(f)
for nl in (None, '', '\n', '\r', '\r\n'):
    with io.open(fn, encoding='utf-8', newline=nl) as f:
        print repr(nl), repr(f.readlines()), repr(f.newlines)
with io.open(fn, encoding='utf-8') as f:
    poss = []
    while True:
        p = f.tell()
        c = f.read(1)
        if not c: break
        poss.append((p, c))
    for p, c in poss:
        f.seek(p)
        assert f.read(1) == c, (p, c)
    print len(poss)
    f.seek(0)
    print repr(f.readline()), f.tell(), repr(f.readline()), f.tell()
    f.seek(0, 2)
    print f.tell(), repr(f.read())
with io.open(fn, 'r+b') as f:
    print repr(f.read(3)), f.tell()
    f.write(b'XY')
    print f.tell()
    f.seek(0)
    print repr(f.read())
with io.open(fn, 'a') as f:
    f.write(u'!')
print repr(open(fn).read())
try:
    io.open(fn, 'rw')
except ValueError as e:
    print e
try:
    io.open('/nonexistent/x')
except IOError as e:
    print e.errno, e
try:
    io.open(fn, 'r').write(u'x')
except IOError as e:
    print type(e).__name__, e
os.remove(fn)
