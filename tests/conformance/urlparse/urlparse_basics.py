# urlparse: split, parse, join, defrag, query strings, the network-location parts.
import urlparse as up

urls = ['http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag', 'https://[::1]:443/x', 'ftp://ftp.x.org/pub',
        'mailto:someone@example.com', 'file:///etc/passwd', 'path/only?x#y', 'host:80', 'HTTP://A/B',
        '//netloc/path', 'svn+ssh://h/p', 'http://h:/p', 'http://h:99999/', '', 'a:', u'http://\xe9/u']
for u in urls:
    s = up.urlsplit(u)
    p = up.urlparse(u)
    print repr(u)
    print '  ', s, s.geturl() == up.urlunsplit(s)
    print '  ', p, repr(p.geturl())
    print '  ', repr(p.username), repr(p.password), repr(p.hostname), p.port
print up.urlparse('x', 'http'), up.urlsplit('a#b', allow_fragments=False)

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './',
            '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..',
            '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g', 'https://z/']:
    print repr(rel), up.urljoin(base, rel)
print up.urljoin('', 'x'), up.urljoin('http://a/', ''), up.urljoin('mailto:a', 'b')
print up.urldefrag('http://a/b#c'), up.urldefrag('http://a/b')

for qs in ['a=1&b=2;c=3', 'a=1&a=2', 'a&b=', 'x=%41%zz+y', '', '&&', 'k=v=w']:
    print repr(qs), up.parse_qsl(qs), up.parse_qsl(qs, True), sorted(up.parse_qs(qs, True).items())
for args in [('a', False, True), ('a=1&b=2', False, False, 1)]:
    try:
        up.parse_qsl(*args)
    except ValueError as e:
        print 'ValueError', e
print up.unquote('%41%42%4'), repr(up.unquote(u'%c3%a9\xe9')), up.unquote('no escapes')
try:
    up.urlsplit('http://[::1/x')
except ValueError as e:
    print 'ValueError', e
try:
    up.urlsplit(u'http://example.com\uFF03@bing.com')
except ValueError as e:
    print 'ValueError', e, type(e.args[0]).__name__
