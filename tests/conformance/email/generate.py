# Generating text from messages: Generator, mangle_from_, maxheaderlen,
# DecodedGenerator, round trips.
import email
from cStringIO import StringIO
from email.generator import Generator, DecodedGenerator
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

m = Message()
m['Subject'] = 'Test'
m['X-Long'] = 'word, ' * 20 + 'end'
m.set_payload('From the start\nline two\nFrom here\n')
out = StringIO()
Generator(out).flatten(m)
print out.getvalue()
out = StringIO()
Generator(out, mangle_from_=False, maxheaderlen=0).flatten(m)
print out.getvalue()
out = StringIO()
Generator(out, maxheaderlen=40).flatten(m)
print out.getvalue()

m.set_unixfrom('From me@example.com Thu Jan  1 00:00:00 1970')
print m.as_string(unixfrom=True)

outer = MIMEMultipart(boundary='==b==')
outer['Subject'] = 'multi'
outer.preamble = 'preamble text'
outer.epilogue = ''
outer.attach(MIMEText('first part'))
outer.attach(MIMEText('<p>second</p>', 'html'))
text = outer.as_string()
print text
back = email.message_from_string(text)
print back.as_string() == text
print [p.get_payload() for p in back.get_payload()]

out = StringIO()
DecodedGenerator(out).flatten(back)
print out.getvalue()
out = StringIO()
DecodedGenerator(out, fmt='[%(maintype)s|%(subtype)s|%(encoding)s]').flatten(
    email.message_from_string('Content-Type: image/png\nContent-Transfer-Encoding: base64\n\nAAAA\n'))
print out.getvalue()

# A multipart without a boundary gets one made up: its shape is fixed.
mm = MIMEMultipart()
mm.attach(MIMEText('x'))
s = mm.as_string()
b = mm.get_boundary()
print len(b), b.startswith('=' * 15), b.endswith('=='), ('--' + b + '--') in s

# Round trip of a parsed signed message keeps long headers as they were.
signed = """Content-Type: multipart/signed; boundary="S"

--S
X-Very-Long: %s

body
--S--
""" % ('a' * 90)
print email.message_from_string(signed).as_string() == signed
