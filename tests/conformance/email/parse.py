# Parsing messages: headers, multipart trees, defects, feeding in pieces.
import email
from email.parser import Parser, HeaderParser
from email.feedparser import FeedParser
from email import errors

TEXT = """From nobody Mon Jan  1 00:00:00 2001
From: Alice <alice@example.com>
To: bob@example.com, "Carol C." <carol@example.com>
Subject: a long subject
 folded onto two lines
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="BOUND"

This is the preamble.
--BOUND
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

caf=E9 au lait
--BOUND
Content-Type: application/octet-stream; name="data.bin"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="data.bin"

AAECAwQ=
--BOUND
Content-Type: message/rfc822

Subject: inner

inner body
--BOUND--
the epilogue
"""

msg = email.message_from_string(TEXT)
print msg.get_unixfrom()
print msg.keys()
print repr(msg['subject'])
print msg.get_content_type(), msg.is_multipart(), msg.get_boundary()
print repr(msg.preamble), repr(msg.epilogue)
for part in msg.walk():
    print part.get_content_type(), part.get_content_charset(), part.get_filename(), part.get_default_type()
parts = msg.get_payload()
print repr(parts[0].get_payload()), repr(parts[0].get_payload(decode=True))
print repr(parts[1].get_payload(decode=True))
inner = parts[2].get_payload(0)
print inner['subject'], repr(inner.get_payload())
print msg.get_params()
print parts[1].get_params(header='content-disposition')
print parts[1].get_param('name'), parts[1].get_param('missing', 'dflt')
print msg.get_charsets()

# Feeding one character at a time gives the same tree.
fp = FeedParser()
for ch in TEXT:
    fp.feed(ch)
again = fp.close()
print again.as_string() == msg.as_string()

# Headers only.
h = HeaderParser().parsestr(TEXT)
print h.is_multipart(), len(h.get_payload())

# Defects.
bad = email.message_from_string(' continuation first\nFrom: x\nnot a header\n\nbody\n')
print [d.__class__.__name__ for d in bad.defects], bad.keys()
nob = email.message_from_string('Content-Type: multipart/mixed\n\nno boundary\n')
print [d.__class__.__name__ for d in nob.defects], repr(nob.get_payload())
nostart = email.message_from_string('Content-Type: multipart/mixed; boundary=X\n\nnothing here\n')
print [d.__class__.__name__ for d in nostart.defects], repr(nostart.get_payload())

# CRLF input
crlf = email.message_from_string('A: 1\r\nB: 2\r\n\r\nbody\r\n')
print crlf.items(), repr(crlf.get_payload())

# message/delivery-status
ds = email.message_from_string("""Content-Type: message/delivery-status

Reporting-MTA: dns; x.example

Action: failed
Status: 5.0.0
""")
print [p.items() for p in ds.get_payload()]

try:
    Parser('x', 'y', 'z')
except TypeError as e:
    print 'TypeError', e
try:
    email.message_from_string('A: b\n\nx').get_payload(0)
except TypeError as e:
    print 'TypeError', e
