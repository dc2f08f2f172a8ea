"""Extensible URL opening, as Python 2.7's urllib2.

An OpenerDirector passes a Request through its handlers: each handler
offers methods named after a scheme (`http_open`, `file_open`), a
pre-processing step (`http_request`), a post-processing step
(`http_response`) or an error code (`http_error_302`).  build_opener()
makes one with the default handlers; urlopen() uses a shared one.
Supported schemes: http:, file:, data: (no https: or ftp: in minipy).
"""

import base64
import re
import warnings
import os
import socket
import sys
import time
import urlparse
import bisect

from urllib import (unwrap, unquote, splittype, splithost, quote,
                    addinfourl, splitport, splittag, toBytes, splitattr,
                    splitvalue, splituser, splitpasswd, url2pathname,
                    getproxies, proxy_bypass, _headers_from_text, _http_date,
                    _guess_type)

import httplib

__version__ = sys.version[:3]

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
    """Opens url (a string or a Request) with the installed opener."""
    global _opener
    if _opener is None:
        _opener = build_opener()
    return _opener.open(url, data, timeout)


def install_opener(opener):
    """Makes opener the one urlopen() uses."""
    global _opener
    _opener = opener


class URLError(IOError):
    """A URL could not be opened; reason says why."""

    def __init__(self, reason):
        self.args = reason,
        self.reason = reason

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError, addinfourl):
    """An HTTP error status; it is also a response (read() gives the body)."""

    __super_init = addinfourl.__init__

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url
        if fp is not None:
            self.__super_init(fp, hdrs, url, code)

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    @property
    def reason(self):
        return self.msg

    def info(self):
        return self.hdrs


_cut_port_re = None


def request_host(request):
    """The host of the request's URL, lowercased and without its port."""
    url = request.get_full_url()
    host = urlparse.urlparse(url)[1]
    if host == "":
        host = request.get_header("Host", "")
    i = host.rfind(':')
    if i >= 0 and host[i + 1:].isdigit():
        host = host[:i]
    return host.lower()


class Request:
    """A URL to open, with data to send and headers."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False):
        self.__original = unwrap(url)
        self.__original, self.__fragment = splittag(self.__original)
        self.type = None
        self.host = None
        self.port = None
        self._tunnel_host = None
        self.data = data
        self.headers = {}
        for key, value in headers.items():
            self.add_header(key, value)
        self.unredirected_hdrs = {}
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        self.timeout = socket._GLOBAL_DEFAULT_TIMEOUT

    def get_method(self):
        return "POST" if self.has_data() else "GET"

    def add_data(self, data):
        self.data = data

    def has_data(self):
        return self.data is not None

    def get_data(self):
        return self.data

    def get_full_url(self):
        if self.__fragment:
            return '%s#%s' % (self.__original, self.__fragment)
        return self.__original

    def get_type(self):
        if self.type is None:
            self.type, self.__r_type = splittype(self.__original)
            if self.type is None:
                raise ValueError("unknown url type: %s" % self.__original)
        return self.type

    def get_host(self):
        self.get_type()
        if self.host is None:
            self.host, self.__r_host = splithost(self.__r_type)
            if self.host:
                self.host = unquote(self.host)
        return self.host

    def get_selector(self):
        self.get_host()
        return self.__r_host

    def set_proxy(self, host, type):
        if self.type == 'https' and not self._tunnel_host:
            self._tunnel_host = self.host
        else:
            self.type = type
            self.__r_host = self.__original
        self.host = host

    def has_proxy(self):
        return self.get_selector() == self.__original

    def get_origin_req_host(self):
        return self.origin_req_host

    def is_unverifiable(self):
        return self.unverifiable

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name,
                                self.unredirected_hdrs.get(header_name, default))

    def header_items(self):
        hdrs = self.unredirected_hdrs.copy()
        hdrs.update(self.headers)
        return hdrs.items()


class OpenerDirector:
    """Runs a request through its handlers."""

    def __init__(self):
        self.addheaders = [('User-agent', "Python-urllib/%s" % __version__)]
        self.handlers = []
        self.handle_open = {}
        self.handle_error = {}
        self.process_response = {}
        self.process_request = {}

    def add_handler(self, handler):
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        added = False
        for meth in dir(handler):
            if meth in ("redirect_request", "do_open", "proxy_open"):
                continue
            i = meth.find("_")
            if i < 0:
                continue
            protocol, condition = meth[:i], meth[i + 1:]
            if condition.startswith("error"):
                j = condition.find("_") + i + 1
                kind = meth[j + 1:]
                try:
                    kind = int(kind)
                except ValueError:
                    pass
                table = self.handle_error.setdefault(protocol, {})
            elif condition == "open":
                kind, table = protocol, self.handle_open
            elif condition == "response":
                kind, table = protocol, self.process_response
            elif condition == "request":
                kind, table = protocol, self.process_request
            else:
                continue
            handlers = table.setdefault(kind, [])
            if handler not in handlers:
                bisect.insort(handlers, handler)
            added = True
        if added:
            bisect.insort(self.handlers, handler)
            handler.add_parent(self)

    def close(self):
        pass

    def _call_chain(self, chain, kind, meth_name, *args):
        for handler in chain.get(kind, ()):
            result = getattr(handler, meth_name)(*args)
            if result is not None:
                return result

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Opens a URL or Request: runs the request, open and response steps."""
        if isinstance(fullurl, basestring):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.add_data(data)
        req.timeout = timeout
        protocol = req.get_type()
        for processor in self.process_request.get(protocol, []):
            req = getattr(processor, protocol + "_request")(req)
        response = self._open(req, data)
        for processor in self.process_response.get(protocol, []):
            response = getattr(processor, protocol + "_response")(req, response)
        return response

    def _open(self, req, data=None):
        result = self._call_chain(self.handle_open, 'default', 'default_open', req)
        if result:
            return result
        protocol = req.get_type()
        result = self._call_chain(self.handle_open, protocol, protocol + '_open', req)
        if result:
            return result
        return self._call_chain(self.handle_open, 'unknown', 'unknown_open', req)

    def error(self, proto, *args):
        """Lets the <proto>_error_<code> handlers (then the default one) answer."""
        if proto in ('http', 'https'):
            table = self.handle_error['http']
            proto = args[2]      # the status code
            meth_name = 'http_error_%s' % proto
            http_err = 1
            orig_args = args
        else:
            table = self.handle_error[proto]
            meth_name = proto + '_error'
            http_err = 0
        args = (table, proto, meth_name) + args
        result = self._call_chain(*args)
        if result:
            return result
        if http_err:
            args = (table, 'default', 'http_error_default') + orig_args
            return self._call_chain(*args)


def build_opener(*handlers):
    """An OpenerDirector with the default handlers, replaced or extended by handlers."""
    def isclass(obj):
        return isinstance(obj, (type, type(BaseHandler)))

    opener = OpenerDirector()
    default_classes = [ProxyHandler, UnknownHandler, HTTPHandler,
                       HTTPDefaultErrorHandler, HTTPRedirectHandler,
                       FileHandler, HTTPErrorProcessor]
    skip = set()
    for klass in default_classes:
        for check in handlers:
            if isclass(check):
                if issubclass(check, klass):
                    skip.add(klass)
            elif isinstance(check, klass):
                skip.add(klass)
    for klass in default_classes:
        if klass not in skip:
            opener.add_handler(klass())
    for h in handlers:
        if isclass(h):
            h = h()
        opener.add_handler(h)
    return opener


class BaseHandler:
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, "handler_order"):
            return True
        return self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    """Turns non-2xx responses into errors for the error handlers."""
    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if not (200 <= code < 300):
            response = self.parent.error('http', request, response, code, msg, hdrs)
        return response

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.get_full_url(), code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows 301, 302, 303 and 307 answers."""

    max_repeats = 4
    max_redirections = 10

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        m = req.get_method()
        if (code in (301, 302, 303, 307) and m in ("GET", "HEAD")
                or code in (301, 302, 303) and m == "POST"):
            newurl = newurl.replace(' ', '%20')
            newheaders = dict((k, v) for k, v in req.headers.items()
                              if k.lower() not in ("content-length", "content-type"))
            return Request(newurl, headers=newheaders,
                           origin_req_host=req.get_origin_req_host(),
                           unverifiable=True)
        raise HTTPError(req.get_full_url(), code, msg, headers, fp)

    def http_error_302(self, req, fp, code, msg, headers):
        if 'location' in headers:
            newurl = headers.getheaders('location')[0]
        elif 'uri' in headers:
            newurl = headers.getheaders('uri')[0]
        else:
            return
        parts = urlparse.urlparse(newurl)
        if not parts.path and parts.netloc:
            parts = list(parts)
            parts[2] = "/"
            newurl = urlparse.urlunparse(parts)
        newurl = urlparse.urljoin(req.get_full_url(), newurl)
        if not newurl.lower().startswith(('http://', 'https://', 'ftp://')):
            raise HTTPError(newurl, code, msg + " - Redirection to url '%s' is not allowed" % newurl,
                            headers, fp)
        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return
        if hasattr(req, 'redirect_dict'):
            visited = new.redirect_dict = req.redirect_dict
            if (visited.get(newurl, 0) >= self.max_repeats or
                    len(visited) >= self.max_redirections):
                raise HTTPError(req.get_full_url(), code,
                                self.inf_msg + msg, headers, fp)
        else:
            visited = new.redirect_dict = req.redirect_dict = {}
        visited[newurl] = visited.get(newurl, 0) + 1
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_302

    inf_msg = "The HTTP server returned a redirect error that would " \
              "lead to an infinite loop.\n" \
              "The last 30x error message was:\n"


class ProxyHandler(BaseHandler):
    """Sends requests through the proxies named (by default from the environment)."""
    handler_order = 100

    def __init__(self, proxies=None):
        if proxies is None:
            proxies = getproxies()
        assert hasattr(proxies, 'has_key'), "proxies must be a mapping"
        self.proxies = proxies
        for type, url in proxies.items():
            setattr(self, '%s_open' % type,
                    lambda r, proxy=url, type=type, meth=self.proxy_open:
                    meth(r, proxy, type))

    def proxy_open(self, req, proxy, type):
        orig_type = req.get_type()
        proxy_type, user, password, hostport = _parse_proxy(proxy)
        if proxy_type is None:
            proxy_type = orig_type
        if req.host and proxy_bypass(req.host):
            return None
        if user and password:
            creds = base64.b64encode('%s:%s' % (unquote(user), unquote(password))).strip()
            req.add_header('Proxy-authorization', 'Basic ' + creds)
        req.set_proxy(unquote(hostport), proxy_type)
        if orig_type == proxy_type or orig_type == 'https':
            return None
        return self.parent.open(req, timeout=req.timeout)


def _parse_proxy(proxy):
    """(scheme, user, password, host[:port]) of a proxy given as a URL
    (scheme://[user[:password]@]host[:port][/...]) or as an authority
    alone (no scheme then: 'proxy.example.com:3128')."""
    scheme, rest = splittype(proxy)
    if not rest.startswith("/"):
        scheme, authority = None, proxy
    else:
        if not rest.startswith("//"):
            raise ValueError("proxy URL with no authority: %r" % proxy)
        end = rest.find("/", 2)
        authority = rest[2:] if end == -1 else rest[2:end]
    userinfo, hostport = splituser(authority)
    if userinfo is None:
        return scheme, None, None, hostport
    user, password = splitpasswd(userinfo)
    return scheme, user, password, hostport


class HTTPPasswordMgr:
    """Passwords by realm and URI."""

    def __init__(self):
        self.passwd = {}

    def add_password(self, realm, uri, user, passwd):
        if isinstance(uri, basestring):
            uri = [uri]
        table = self.passwd.setdefault(realm, {})
        for default_port in True, False:
            key = tuple(self.reduce_uri(u, default_port) for u in uri)
            table[key] = (user, passwd)

    def find_user_password(self, realm, authuri):
        table = self.passwd.get(realm, {})
        for default_port in True, False:
            reduced = self.reduce_uri(authuri, default_port)
            for uris, authinfo in table.iteritems():
                for uri in uris:
                    if self.is_suburi(uri, reduced):
                        return authinfo
        return None, None

    def reduce_uri(self, uri, default_port=True):
        parts = urlparse.urlsplit(uri)
        if parts[1]:
            scheme, authority, path = parts[0], parts[1], parts[2] or '/'
        else:
            scheme, authority, path = None, uri, '/'
        host, port = splitport(authority)
        if default_port and port is None and scheme is not None:
            dport = {"http": 80, "https": 443}.get(scheme)
            if dport is not None:
                authority = "%s:%d" % (host, dport)
        return authority, path

    def is_suburi(self, base, test):
        if base == test:
            return True
        if base[0] != test[0]:
            return False
        prefix = base[1]
        if prefix[-1:] != '/':
            prefix += '/'
        return test[1].startswith(prefix) or test[1] == base[1]


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    def find_user_password(self, realm, authuri):
        user, password = HTTPPasswordMgr.find_user_password(self, realm, authuri)
        if user is not None:
            return user, password
        return HTTPPasswordMgr.find_user_password(self, None, authuri)


class AbstractBasicAuthHandler:
    def __init__(self, password_mgr=None):
        if password_mgr is None:
            password_mgr = HTTPPasswordMgr()
        self.passwd = password_mgr
        self.add_password = self.passwd.add_password

    # The last "scheme realm=..." of the header; the realm may be quoted
    # either way (single quotes break the RFC but are met in the wild).
    rx = re.compile('(?:.*,)*[ \t]*([^ \t]+)[ \t]+'
                    'realm=(["\']?)([^"\']*)\\2', re.I)

    def http_error_auth_reqed(self, authreq, host, req, headers):
        authreq = headers.get(authreq, None)
        if not authreq:
            return None
        mo = AbstractBasicAuthHandler.rx.search(authreq)
        if not mo:
            return None
        scheme, quote, realm = mo.groups()
        if quote not in ('"', "'"):
            warnings.warn("Basic Auth Realm was unquoted", UserWarning, 2)
        if scheme.lower() != 'basic':
            return None
        return self.retry_http_basic_auth(host, req, realm)

    def retry_http_basic_auth(self, host, req, realm):
        user, pw = self.passwd.find_user_password(realm, host)
        if pw is None:
            return None
        raw = "%s:%s" % (user, pw)
        auth = 'Basic %s' % base64.b64encode(raw).strip()
        if req.get_header(self.auth_header, None) == auth:
            return None
        req.add_unredirected_header(self.auth_header, auth)
        return self.parent.open(req, timeout=req.timeout)


class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = 'Authorization'

    def http_error_401(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed('www-authenticate', req.get_full_url(), req, headers)


class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = 'Proxy-authorization'

    def http_error_407(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed('proxy-authenticate', req.get_host(), req, headers)


def randombytes(n):
    """n random bytes (from /dev/urandom when there is one)."""
    if os.path.exists("/dev/urandom"):
        with open("/dev/urandom", "rb") as f:
            return f.read(n)
    import random
    return "".join([chr(random.randrange(0, 256)) for _ in range(n)])


class AbstractDigestAuthHandler:
    """HTTP digest authentication (RFC 2617): answers a Digest challenge
    with the hashed credentials, at most five times in a row."""

    def __init__(self, passwd=None):
        if passwd is None:
            passwd = HTTPPasswordMgr()
        self.passwd = passwd
        self.add_password = self.passwd.add_password
        self.retried = 0
        self.nonce_count = 0
        self.last_nonce = None

    def reset_retry_count(self):
        self.retried = 0

    def http_error_auth_reqed(self, auth_header, host, req, headers):
        authreq = headers.get(auth_header, None)
        if self.retried > 5:
            # The server keeps refusing: stop instead of looping.
            raise HTTPError(req.get_full_url(), 401, "digest auth failed",
                            headers, None)
        self.retried += 1
        if authreq:
            scheme = authreq.split()[0]
            if scheme.lower() == 'digest':
                return self.retry_http_digest_auth(req, authreq)

    def retry_http_digest_auth(self, req, auth):
        token, challenge = auth.split(' ', 1)
        chal = parse_keqv_list(parse_http_list(challenge))
        auth = self.get_authorization(req, chal)
        if auth:
            value = 'Digest %s' % auth
            if req.headers.get(self.auth_header, None) == value:
                return None
            req.add_unredirected_header(self.auth_header, value)
            return self.parent.open(req, timeout=req.timeout)

    def get_cnonce(self, nonce):
        import hashlib
        seed = "%s:%s:%s:%s" % (self.nonce_count, nonce, time.ctime(),
                                randombytes(8))
        return hashlib.sha1(seed).hexdigest()[:16]

    def get_authorization(self, req, chal):
        try:
            realm = chal['realm']
            nonce = chal['nonce']
        except KeyError:
            return None
        qop = chal.get('qop')
        algorithm = chal.get('algorithm', 'MD5')
        opaque = chal.get('opaque', None)
        H, KD = self.get_algorithm_impls(algorithm)
        if H is None:
            return None
        user, pw = self.passwd.find_user_password(realm, req.get_full_url())
        if user is None:
            return None
        entdig = None
        if req.has_data():
            entdig = self.get_entity_digest(req.get_data(), chal)
        A1 = "%s:%s:%s" % (user, realm, pw)
        A2 = "%s:%s" % (req.get_method(), req.get_selector())
        if qop == 'auth':
            if nonce == self.last_nonce:
                self.nonce_count += 1
            else:
                self.nonce_count = 1
                self.last_nonce = nonce
            ncvalue = '%08x' % self.nonce_count
            cnonce = self.get_cnonce(nonce)
            respdig = KD(H(A1), "%s:%s:%s:%s:%s" % (nonce, ncvalue, cnonce,
                                                    qop, H(A2)))
        elif qop is None:
            respdig = KD(H(A1), "%s:%s" % (nonce, H(A2)))
        else:
            raise URLError("qop '%s' is not supported." % qop)
        parts = ['username="%s", realm="%s", nonce="%s", uri="%s", '
                 'response="%s"' % (user, realm, nonce, req.get_selector(),
                                    respdig)]
        if opaque:
            parts.append(', opaque="%s"' % opaque)
        if entdig:
            parts.append(', digest="%s"' % entdig)
        parts.append(', algorithm="%s"' % algorithm)
        if qop:
            parts.append(', qop=auth, nc=%s, cnonce="%s"' % (ncvalue, cnonce))
        return ''.join(parts)

    def get_algorithm_impls(self, algorithm):
        import hashlib
        algorithm = algorithm.upper()
        if algorithm == 'MD5':
            H = lambda x: hashlib.md5(x).hexdigest()
        elif algorithm == 'SHA':
            H = lambda x: hashlib.sha1(x).hexdigest()
        else:
            raise ValueError("Unsupported digest authentication "
                             "algorithm %r" % algorithm.lower())
        KD = lambda s, d: H("%s:%s" % (s, d))
        return H, KD

    def get_entity_digest(self, data, chal):
        return None


class HTTPDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    auth_header = 'Authorization'
    handler_order = 490      # tried before basic authentication

    def http_error_401(self, req, fp, code, msg, headers):
        host = urlparse.urlparse(req.get_full_url())[1]
        retry = self.http_error_auth_reqed('www-authenticate', host, req,
                                           headers)
        self.reset_retry_count()
        return retry


class ProxyDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    auth_header = 'Proxy-Authorization'
    handler_order = 490

    def http_error_407(self, req, fp, code, msg, headers):
        retry = self.http_error_auth_reqed('proxy-authenticate',
                                           req.get_host(), req, headers)
        self.reset_retry_count()
        return retry


class AbstractHTTPHandler(BaseHandler):

    def __init__(self, debuglevel=0):
        self._debuglevel = debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def do_request_(self, request):
        host = request.get_host()
        if not host:
            raise URLError('no host given')
        if request.has_data():
            data = request.get_data()
            if not request.has_header('Content-type'):
                request.add_unredirected_header('Content-type',
                                                'application/x-www-form-urlencoded')
            if not request.has_header('Content-length'):
                request.add_unredirected_header('Content-length', '%d' % len(data))
        sel_host = host
        if request.has_proxy():
            scheme, sel = splittype(request.get_selector())
            sel_host, sel_path = splithost(sel)
        if not request.has_header('Host'):
            request.add_unredirected_header('Host', sel_host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Sends req over a new http_class connection and wraps the response."""
        host = req.get_host()
        if not host:
            raise URLError('no host given')
        h = http_class(host, timeout=req.timeout, **http_conn_args)
        h.set_debuglevel(self._debuglevel)
        headers = dict(req.unredirected_hdrs)
        headers.update(dict((k, v) for k, v in req.headers.items() if k not in headers))
        # one request per connection: the server closes when done
        headers["Connection"] = "close"
        headers = dict((name.title(), val) for name, val in headers.items())
        if req._tunnel_host:
            tunnel_headers = {}
            proxy_auth = "Proxy-Authorization"
            if proxy_auth in headers:
                tunnel_headers[proxy_auth] = headers.pop(proxy_auth)
            h.set_tunnel(req._tunnel_host, headers=tunnel_headers)
        try:
            h.request(req.get_method(), req.get_selector(), req.data, headers)
        except socket.error, err:
            h.close()
            raise URLError(err)
        try:
            r = h.getresponse(buffering=True)
        except TypeError:
            r = h.getresponse()
        r.recv = r.read
        fp = socket._fileobject(r, close=True)
        resp = addinfourl(fp, r.msg, req.get_full_url())
        resp.code = r.status
        resp.msg = r.reason
        return resp


class HTTPHandler(AbstractHTTPHandler):

    def http_open(self, req):
        return self.do_open(httplib.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


class HTTPCookieProcessor(BaseHandler):
    """Keeps cookies in a cookielib.CookieJar across requests."""

    def __init__(self, cookiejar=None):
        import cookielib
        if cookiejar is None:
            cookiejar = cookielib.CookieJar()
        self.cookiejar = cookiejar

    def http_request(self, request):
        self.cookiejar.add_cookie_header(request)
        return request

    def http_response(self, request, response):
        self.cookiejar.extract_cookies(response, request)
        return response

    https_request = http_request
    https_response = http_response


class UnknownHandler(BaseHandler):
    def unknown_open(self, req):
        raise URLError('unknown url type: %s' % req.get_type())


def parse_keqv_list(l):
    """['a=1', 'b="2"'] -> {'a': '1', 'b': '2'}."""
    parsed = {}
    for elt in l:
        k, v = elt.split('=', 1)
        if v[:1] == '"' and v[-1:] == '"':
            v = v[1:-1]
        parsed[k] = v
    return parsed


def parse_http_list(s):
    """Splits a comma-separated header value, respecting quoted strings."""
    res = []
    part = ''
    escape = quote = False
    for cur in s:
        if escape:
            part += cur
            escape = False
            continue
        if quote:
            if cur == '\\':
                escape = True
                continue
            elif cur == '"':
                quote = False
            part += cur
            continue
        if cur == ',':
            res.append(part)
            part = ''
            continue
        if cur == '"':
            quote = True
        part += cur
    if part:
        res.append(part)
    return [p.strip() for p in res]


class FileHandler(BaseHandler):
    """file: URLs on this host."""

    def file_open(self, req):
        url = req.get_selector()
        if url[:2] == '//' and url[2:3] != '/' and (req.host and req.host != 'localhost'):
            if req.host not in self.get_names():
                raise URLError("file:// scheme is supported only on localhost")
        return self.open_local_file(req)

    names = None

    def get_names(self):
        if FileHandler.names is None:
            try:
                FileHandler.names = tuple(socket.gethostbyname_ex('localhost')[2] +
                                          socket.gethostbyname_ex(socket.gethostname())[2])
            except socket.gaierror:
                FileHandler.names = (socket.gethostbyname('localhost'),)
        return FileHandler.names

    def open_local_file(self, req):
        host = req.get_host()
        filename = req.get_selector()
        localfile = url2pathname(filename)
        try:
            stats = os.stat(localfile)
            size = stats.st_size
            modified = _http_date(stats.st_mtime)
            mtype = _guess_type(filename)
            headers = _headers_from_text(
                'Content-type: %s\nContent-length: %d\nLast-modified: %s\n' %
                (mtype or 'text/plain', size, modified))
            if host:
                host, port = splitport(host)
            if not host or (not port and socket.gethostbyname(host) in self.get_names()):
                origurl = 'file://' + host + filename if host else 'file://' + filename
                return addinfourl(open(localfile, 'rb'), headers, origurl)
        except OSError, msg:
            raise URLError(msg)
        raise URLError('file not on local host')
