# encoding names given as (ASCII) unicode, as under unicode_literals
from __future__ import unicode_literals
import codecs, io
print codecs.lookup('ascii').name, repr(b'abc'.decode('ascii')), repr('x'.encode('utf-8'))
print repr(codecs.getincrementaldecoder('utf-8')().decode(b'\xc3\xa9'))
raw = io.BytesIO()
t = io.TextIOWrapper(io.BufferedWriter(raw), encoding='utf-8')
t.write('caf\xe9\n')
t.flush()
print repr(raw.getvalue())
