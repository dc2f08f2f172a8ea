# Header: encoding, folding, decode_header, make_header, unicode.
from email.header import Header, decode_header, make_header
from email.charset import Charset
from email import errors

print Header('hello world').encode()
print Header(u'caf\xe9', 'iso-8859-1').encode()
print Header(u'caf\xe9 \u20ac', 'utf-8').encode()
print Header('\xe9t\xe9', 'iso-8859-1').encode()
h = Header('plain ascii ', 'us-ascii')
h.append('\xfcber', 'iso-8859-1')
h.append(' and more')
print h.encode()
print repr(unicode(h))
print h == h.encode(), h != 'x'

long_ascii = 'The quick brown fox jumped over the lazy dog; ' * 4
print Header(long_ascii, header_name='Subject').encode()
print Header(long_ascii, maxlinelen=40, continuation_ws='\t').encode()
print Header('a,b,c,' * 20, header_name='To').encode()
print Header('nospaceshereatall' * 6).encode()
print Header(u'\xe9' * 60, 'iso-8859-1', header_name='Subject').encode()
print Header(u'\u00e9\u00e8' * 40, 'utf-8').encode()

for value in ['=?iso-8859-1?q?caf=E9?= au lait',
              'plain text only',
              '=?utf-8?b?Y2Fmw6k=?= =?utf-8?q?_ok?=',
              '=?ISO-8859-1?Q?a?= b =?iso-8859-2?q?c?=',
              '=?utf-8?b?Y2Fmw6k?=',
              'line one\n =?iso-8859-1?q?two?=']:
    print repr(decode_header(value))

pairs = decode_header('=?iso-8859-1?q?caf=E9?= au lait')
h = make_header(pairs, header_name='Subject')
print h.encode(), repr(unicode(h))

try:
    decode_header('=?utf-8?b?!!!?=')
except errors.HeaderParseError as e:
    print 'HeaderParseError'
try:
    Header('ok\nX-Injected: yes').encode()
except errors.HeaderParseError as e:
    print 'HeaderParseError', e
try:
    Header('\xff', 'us-ascii')
except UnicodeError as e:
    print 'UnicodeError', type(e).__name__

for name in ['utf-8', 'iso-8859-1', 'us-ascii', 'latin_1', 'ASCII', 'koi8-r', 'bogus-cs', 'utf8']:
    c = Charset(name)
    print name, str(c), c.input_charset, c.output_charset, c.header_encoding, c.body_encoding, c.get_body_encoding() if c.body_encoding else 'fn', c.get_output_charset()
c = Charset('iso-8859-1')
print c.header_encode('caf\xe9'), repr(c.body_encode('caf\xe9 ok\n'))
print Charset('utf-8').header_encode('caf\xc3\xa9'), repr(Charset('utf-8').body_encode('caf\xc3\xa9'))
print c == 'ISO-8859-1', c != 'utf-8', c.encoded_header_len('abc')
