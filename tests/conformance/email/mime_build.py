# Building messages: Message API, email.mime classes, encoders, old names.
import email
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.audio import MIMEAudio
from email.mime.message import MIMEMessage
from email.mime.nonmultipart import MIMENonMultipart
from email import encoders, errors, iterators
from cStringIO import StringIO

m = Message()
m['To'] = 'a@x.org'
m['to'] = 'b@x.org'
m['Subject'] = 'hi'
print len(m), m.keys(), m['TO'], m.get_all('to'), m.get_all('cc', 'none')
print 'to' in m, 'cc' in m, m.has_key('Subject'), m.get('cc', 'dflt')
m.replace_header('TO', 'c@x.org')
print m.items()
try:
    m.replace_header('Cc', 'x')
except KeyError as e:
    print 'KeyError', e
del m['to']
print m.items()
m.add_header('Content-Disposition', 'attachment', filename='f name.txt')
m.add_header('X-Flag', 'v', inline=None)
print m['x-flag']
print m['content-disposition']
m.set_type('text/html')
m.set_param('charset', 'utf-8')
m.set_param('format', 'flowed', requote=False)
print m['content-type'], m['mime-version']
m.del_param('format')
print m['content-type'], m.get_params()
m.set_type('image/png')
print m['content-type']
try:
    m.set_type('bogus')
except ValueError:
    print 'ValueError'
m.set_boundary('BB')
print m['content-type']
print m.get_content_maintype(), m.get_content_subtype()
m2 = Message()
m2['Content-Type'] = 'nonsense'
print m2.get_content_type()
try:
    m2.set_boundary('x') if False else Message().set_boundary('x')
except errors.HeaderParseError as e:
    print 'HeaderParseError', e

t = MIMEText('hello\n')
print t.as_string()
t = MIMEText(u'caf\xe9'.encode('utf-8'), 'plain', 'utf-8')
print t.as_string()
t = MIMEText('caf\xe9\n', _charset='iso-8859-1')
print t.as_string()
try:
    t.attach(MIMEText('x'))
except errors.MultipartConversionError as e:
    print 'MultipartConversionError', e, isinstance(e, TypeError)

a = MIMEApplication('\x00\x01\x02binary')
print a.as_string()
a = MIMEApplication('some text', 'x-thing', encoders.encode_7or8bit)
print a.as_string()
a = MIMEApplication('q=uoted\tdata ', 'x', encoders.encode_quopri)
print a.as_string()
a = MIMEApplication('noop', 'x', encoders.encode_noop)
print a.as_string()
gif = 'GIF89a' + '\x00' * 20
print MIMEImage(gif).as_string()
try:
    MIMEImage('not an image')
except TypeError as e:
    print 'TypeError', e
au = '.snd' + '\x00\x00\x00\x18' + '\x00\x00\x00\x08' + '\x00\x00\x00\x02' + '\x00\x00\x1f\x40' + '\x00\x00\x00\x01' + 'abcdefgh'
print MIMEAudio(au).get_content_type()
try:
    MIMEAudio('nothing')
except TypeError as e:
    print 'TypeError', e
inner = MIMEText('inner')
mm = MIMEMessage(inner)
print mm.as_string()
try:
    MIMEMessage('not a message')
except TypeError as e:
    print 'TypeError', e
mp = MIMEMultipart('alternative', 'XX', [MIMEText('a'), MIMEText('b', 'html')], title='t')
print mp.as_string()
iterators._structure(mp)
print [p.get_content_type() for p in iterators.typed_subpart_iterator(mp, 'text', 'html')]
print list(iterators.body_line_iterator(mp))
print MIMEBase('x', 'y', a='1').items()

# 2.4 names
import email.Utils, email.MIMEText, email.Charset, email.Header
print email.Utils.formataddr(('A', 'a@b')), email.MIMEText.MIMEText('z').get_content_type()
print email.Charset.Charset('latin-1'), email.Header.Header('x').encode()
from email.MIMEMultipart import MIMEMultipart as OldMP
print OldMP is MIMEMultipart
print email.message_from_file(StringIO('A: 1\n\nbody')).items()

# payloads and decoding
p = Message()
p['Content-Transfer-Encoding'] = 'x-uuencode'
p.set_payload('begin 666 -\n#86)C\n \nend\n')
print repr(p.get_payload(decode=True))
p.replace_header('Content-Transfer-Encoding', 'base64')
p.set_payload('!!!notbase64')
print repr(p.get_payload(decode=True))
p.set_payload('aGVsbG8=')
print repr(p.get_payload(decode=True))
p.set_charset('iso-8859-1')
print p.items(), p.get_charset()
p.set_charset(None)
print p.items(), p.get_charset()
