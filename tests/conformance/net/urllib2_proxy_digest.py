# urllib2: proxies given as URLs or bare authorities, and the digest
# authentication answer (qop absent, so it is deterministic).
import urllib2
for p in ['proxy.example.com:3128', 'http://joe:pw@proxy.example.com:3128/',
          'http://proxy.example.com', 'joe@host:1', 'https://h:8443']:
    print urllib2._parse_proxy(p)
try:
    urllib2._parse_proxy('file:/ftp.example.com/')
except ValueError as e:
    print 'ValueError', e

req = urllib2.Request('http://example.com/x?y=1')
h = urllib2.ProxyHandler({'http': 'proxy.example.com:3128'})
o = urllib2.OpenerDirector()
o.add_handler(h)
h.proxy_open(req, 'proxy.example.com:3128', 'http')
print req.get_host(), req.get_type(), req.get_selector()

mgr = urllib2.HTTPPasswordMgr()
mgr.add_password('realm', 'http://example.com/', 'user', 'secret')
d = urllib2.HTTPDigestAuthHandler(mgr)
chal = {'realm': 'realm', 'nonce': 'abc123', 'opaque': 'op'}
print d.get_authorization(urllib2.Request('http://example.com/x'), chal)
chal['algorithm'] = 'SHA'
print d.get_authorization(urllib2.Request('http://example.com/x'), chal)
print d.get_authorization(urllib2.Request('http://example.com/x'), {'realm': 'r'})
try:
    d.get_algorithm_impls('MD5-SESS')
except ValueError as e:
    print 'ValueError', e
print d.handler_order, urllib2.ProxyDigestAuthHandler.auth_header

# basic authentication: the realm is read from the last challenge, quoted
# either way; an unquoted one warns.
import warnings
class Mgr(urllib2.HTTPPasswordMgr):
    def find_user_password(self, realm, uri):
        print 'asked for', repr(realm), uri
        return None, None
b = urllib2.HTTPBasicAuthHandler(Mgr())
for value in ['Basic realm="r1"', "Basic realm='r2'", 'Digest x, Basic realm=r3', 'Negotiate']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        print b.http_error_auth_reqed('www-authenticate', 'http://h/', urllib2.Request('http://h/'), {'www-authenticate': value}), [str(x.message) for x in w]
