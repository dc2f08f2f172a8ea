# email.utils: addresses, dates, quoting, RFC 2231.
import re
from email import utils
from email.message import Message

for pair in [('Joe', 'joe@x.org'), ('Joe Q. Public', 'jqp@x.org'),
             ('Back\\slash "quoted"', 'b@x.org'), ('', 'bare@x.org')]:
    print repr(utils.formataddr(pair))

for addr in ['joe@x.org', 'Joe <joe@x.org>', '"Joe, Jr." <joe@x.org>',
             'joe@x.org (Joe Comment)', '<@route,@other:joe@x.org>',
             'Group: a@x.org, b@x.org;', '"quoted\\"local"@x.org',
             '', 'not an address', 'a@b@c', 'x@[1.2.3.4]', 'Joe <joe@ x . org >']:
    print repr(addr), repr(utils.parseaddr(addr))
print utils.getaddresses(['a@x.org, B <b@x.org>', 'undisclosed:;', 'c@x.org (C)'])

for date in ['Fri, 09 Nov 2001 01:08:47 -0500', 'Thu, 1 Jan 70 00:00:00 GMT',
             '5 Mar 99 12:30 PST', 'Mon, 20 Nov 1995 19:12:08 +0200',
             '02-Jan-2003 10:00:00 EST', 'garbage', '', 'Wed Feb 5 2003',
             '1 Jan 2003 10:00:00', 'Tue, 3 Jun 2008 11:05:30 +0000']:
    t = utils.parsedate_tz(date)
    print repr(date), t, utils.parsedate(date)
    if t:
        print utils.mktime_tz(t)

print utils.formatdate(0)
print utils.formatdate(1e9, usegmt=True)
print utils.formatdate(123456789, localtime=True)

mid = utils.make_msgid('tag')
print re.match(r'^<\d+\.\d+\.\d+\.tag@[^>]+>$', mid) is not None
print utils.make_msgid() != utils.make_msgid()

print utils.quote('a"b\\c'), utils.unquote('"a\\"b"'), utils.unquote('<x>'), utils.unquote('plain')
print utils.decode_rfc2231("us-ascii'en'hello%20world")
print utils.decode_rfc2231("noticks")
print utils.encode_rfc2231('hello world/x', 'utf-8', 'en')
print utils.encode_rfc2231('a b'), utils.encode_rfc2231('a b', 'utf-8')
print repr(utils.collapse_rfc2231_value(('iso-8859-1', '', 'caf\xe9')))
print utils.collapse_rfc2231_value('"quoted"')
print utils.decode_params([('text/plain', ''), ('title*0*', "us-ascii'en'This%20is"),
                           ('title*1*', '%20fun'), ('name', '"x"')])
print repr(utils.fix_eols('a\nb\rc\r\nd'))

m = Message()
m['Content-Type'] = "text/plain; title*=us-ascii'en'This%20is%20%2A%2A%2Afun%2A%2A%2A"
print repr(m.get_param('title')), repr(m.get_filename()), repr(m.get_content_charset())
m.set_param('title', 'caf\xe9', charset='iso-8859-1', language='fr')
print m['Content-Type']
m2 = Message()
m2['Content-Disposition'] = 'attachment; filename*0="long"; filename*1="name.txt"'
print repr(m2.get_filename())
