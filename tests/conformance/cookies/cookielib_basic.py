# cookielib: dates, header words, domain helpers, a CookieJar taking
# cookies from responses and adding them to requests, and the file jars.
import cookielib, urllib2, mimetools, StringIO, os, tempfile
from cookielib import (http2time, iso2time, time2isoz, time2netscape,
                       split_header_words, join_header_words, parse_ns_headers)

print time2isoz(1019227000), time2netscape(1019227000)
for s in ('Thu, 03 Feb 1994 00:00:00 GMT', '03-Feb-94', '  03   Feb   1994  0:00  ',
          '03 Feb 1994 12:00 +0100', 'Garbage', '01-13-1980', '32-01-1980'):
    print repr(s), http2time(s)
for s in ('1994-02-03 14:15:29 -0100', '1994-02-03', '19940203T141529Z', 'x'):
    print repr(s), iso2time(s)
words = split_header_words(['foo="bar"; port="80,81"; discard, bar=baz', 'a=b\\"c; d'])
print words
print join_header_words(words)
print parse_ns_headers(['foo=bar; expires=Thu, 01 Jan 1970 00:00:10 GMT; path=/; Secure',
                        'x=y; version="1"', '=z'])
print cookielib.domain_match('www.acme.com', '.acme.com'), cookielib.domain_match('acme.com', '.acme.com')
print cookielib.user_domain_match('a.b.com', '.b.com'), cookielib.is_HDN('1.2.3.4'), cookielib.reach('www.acme.com')
print cookielib.escape_path('/foo bar/\xe5%2f'), cookielib.escape_path(u'/\xfc')


class Response(object):
    def __init__(self, headers, url):
        self._msg = mimetools.Message(StringIO.StringIO('\n'.join(headers) + '\n\n'))
        self._url = url

    def info(self):
        return self._msg


def interact(jar, url, *set_cookie):
    req = urllib2.Request(url)
    jar.add_cookie_header(req)
    sent = req.get_header('Cookie', '')
    jar.extract_cookies(Response(list(set_cookie), url), req)
    return sent

jar = cookielib.CookieJar()
print repr(interact(jar, 'http://www.acme.com/', 'Set-Cookie: CUSTOMER=WILE_E_COYOTE; path=/'))
print repr(interact(jar, 'http://www.acme.com/foo/bar', 'Set-Cookie: PART=Rocket; path=/foo'))
print repr(interact(jar, 'http://www.acme.com/foo/bar'))
print repr(interact(jar, 'http://www.other.com/'))
print repr(interact(jar, 'http://www.acme.com/', 'Set-Cookie: CUSTOMER=x; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT'))
print len(jar), sorted(c.name for c in jar)
for c in jar:
    print c
jar.clear('www.acme.com')
print len(jar)

pol = cookielib.DefaultCookiePolicy(rfc2965=True, blocked_domains=['.bad.com'])
jar = cookielib.CookieJar(pol)
print repr(interact(jar, 'http://www.acme.com/', 'Set-Cookie2: a=b; Version=1; Path="/"'))
print repr(interact(jar, 'http://www.acme.com/', 'Set-Cookie2: c="d e"; Version=1'))
print repr(interact(jar, 'http://www.bad.com/', 'Set-Cookie: x=y'))
print repr(interact(jar, 'http://www.acme.com/'))
print len(jar), pol.is_blocked('www.bad.com'), pol.blocked_domains()

d = tempfile.mkdtemp()
jar = cookielib.LWPCookieJar()
interact(jar, 'http://www.acme.com/', 'Set-Cookie: a=1; path=/; expires=Fri, 01 Jan 2100 00:00:00 GMT',
         'Set-Cookie: session=2')
print jar.as_lwp_str()
path = os.path.join(d, 'lwp')
jar.save(path, ignore_discard=True)
jar2 = cookielib.LWPCookieJar()
jar2.load(path, ignore_discard=True)
print sorted((c.name, c.value, c.expires) for c in jar2)
mz = cookielib.MozillaCookieJar()
interact(mz, 'http://www.acme.com/', 'Set-Cookie: m=1; path=/; domain=.acme.com; expires=Fri, 01 Jan 2100 00:00:00 GMT')
path = os.path.join(d, 'moz')
mz.save(path)
print open(path).read().splitlines()[-1].split('\t')
mz2 = cookielib.MozillaCookieJar(path)
mz2.load()
print [(c.domain, c.name, c.value, c.expires) for c in mz2]
for cls, p in ((cookielib.MozillaCookieJar, os.path.join(d, 'lwp')), (cookielib.LWPCookieJar, path)):
    try:
        cls().load(p)
    except cookielib.LoadError as e:
        print 'LoadError', str(e).replace(d, 'D')
try:
    cookielib.LWPCookieJar().save()
except ValueError as e:
    print 'ValueError', e
try:
    jar.clear(name='x')
except ValueError as e:
    print 'ValueError', e
print issubclass(cookielib.LoadError, IOError)
for p in os.listdir(d):
    os.unlink(os.path.join(d, p))
os.rmdir(d)
