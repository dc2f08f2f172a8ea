# rfc822, mimetools and mimetypes.
import warnings
warnings.simplefilter('ignore')
import rfc822, mimetools, mimetypes
from cStringIO import StringIO

text = """From someone Mon Jan  1 00:00:00 2001
From: Alice <alice@x.org>
To: bob@x.org,
  carol@x.org
Date: Wed, 13 Jun 2001 10:00:00 +0100
Content-Type: text/plain; charset=US-ASCII; format=flowed
Content-Transfer-Encoding: Base64
X-Twice: one
X-Twice: two

body text
"""
f = StringIO(text)
m = rfc822.Message(f)
print repr(m.unixfrom), m.status == ''
print sorted(m.keys())
print m['to'], '|', m.getheader('x-twice'), m.getheaders('X-Twice')
print m.getaddr('from'), m.getaddrlist('to')
print m.getdate('date'), m.getdate_tz('date'), m.getdate('nope')
print repr(m.getrawheader('to')), m.getallmatchingheaders('x-twice')
print f.read()
m.rewindbody()
print repr(f.readline())
m['X-New'] = 'v'
del m['x-twice']
print m.setdefault('x-d', 'dv'), 'x-d' in m, len(m)
print str(m)
print rfc822.parsedate('Mon, 20 Nov 95 19:12:08 GMT'), rfc822.parsedate_tz('Mon. 20 Nov 1995 19:12:08 -0500')
print rfc822.parseaddr('"Joe" <joe@x.org>'), rfc822.parseaddr(''), rfc822.dump_address_pair(('A', 'a@x'))
a = rfc822.AddressList('a@x, b@y') + rfc822.AddressList('b@y, c@z')
print str(a), len(a), str(a - rfc822.AddressList('a@x'))
print rfc822.formatdate(0), rfc822.unquote('"x"'), rfc822.quote('a"b')
print rfc822.mktime_tz(rfc822.parsedate_tz('Thu, 01 Jan 1970 01:00:00 +0100'))
m = rfc822.Message(StringIO('no header line\n'))
print repr(m.status)

mm = mimetools.Message(StringIO(text))
print mm.gettype(), mm.getmaintype(), mm.getsubtype(), mm.getplist()
print mm.getparam('charset'), mm.getparam('none'), mm.getparamnames(), mm.getencoding()
print mimetools.Message(StringIO('A: b\n\n')).gettype()
b1, b2 = mimetools.choose_boundary(), mimetools.choose_boundary()
print b1 != b2
out = StringIO()
mimetools.encode(StringIO('hello'), out, 'base64')
print repr(out.getvalue())
back = StringIO()
mimetools.decode(StringIO(out.getvalue()), back, 'base64')
print repr(back.getvalue())
try:
    mimetools.decode(StringIO(''), StringIO(), 'bogus')
except ValueError as e:
    print 'ValueError', e

mimetypes.knownfiles = []
mimetypes.inited = False
mimetypes._default_mime_types()
db = mimetypes.MimeTypes()
for name in ['a.html', 'a.HTML', 'x.tar.gz', 'x.tgz', 'y.svgz', 'z.unknown', 'noext',
             'data:,hello', 'data:text/x-foo;base64,AAA', 'data:nocomma', 'a.xul', 'p.py']:
    print name, db.guess_type(name), db.guess_type(name, strict=False)
print sorted(db.guess_all_extensions('text/plain'))
print db.guess_all_extensions('image/jpg'), db.guess_all_extensions('image/jpg', False)
print db.guess_extension('application/x-unknown'), db.guess_extension('image/png')
db.readfp(StringIO('# comment\nx-app/x-test  tst tst2 # trailing\n\n'))
print db.guess_type('f.tst2'), db.guess_extension('x-app/x-test')
mimetypes.init([])
mimetypes.add_type('x-app/y', '.yy')
print mimetypes.guess_type('f.yy'), mimetypes.guess_type('f.pdf')
print mimetypes.read_mime_types('/nonexistent/file')
