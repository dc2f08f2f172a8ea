"""Opening URLs and quoting their parts, as Python 2.7's urllib.

urlopen() and urlretrieve() understand http: and file: URLs (no https:
minipy has no ssl); quote/unquote/urlencode and the split* helpers are
complete.
"""

import os
import sys
import socket
import time

__all__ = ["urlopen", "URLopener", "FancyURLopener", "urlretrieve",
           "urlcleanup", "quote", "quote_plus", "unquote", "unquote_plus",
           "urlencode", "url2pathname", "pathname2url", "splittag",
           "localhost", "thishost", "ftperrors", "basejoin", "unwrap",
           "splittype", "splithost", "splituser", "splitpasswd", "splitport",
           "splitnport", "splitquery", "splitattr", "splitvalue",
           "getproxies"]

__version__ = '1.17'

MAXFTPCACHE = 10


# ---- quoting ----

_ALWAYS_SAFE = ('ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                'abcdefghijklmnopqrstuvwxyz'
                '0123456789' '_.-')
_safe_maps = {}


def _quoter_for(safe):
    m = _safe_maps.get(safe)
    if m is None:
        ok = _ALWAYS_SAFE + safe
        m = {}
        for i in range(256):
            c = chr(i)
            m[c] = c if c in ok else '%%%02X' % i
        _safe_maps[safe] = m
    return m


def quote(s, safe='/'):
    """Replaces the characters of s that are special in URLs by %xx escapes."""
    if not s:
        if s is None:
            raise TypeError('None object cannot be quoted')
        return s
    m = _quoter_for(safe)
    if not s.rstrip(_ALWAYS_SAFE + safe):
        return s
    return ''.join([m[c] for c in s])


def quote_plus(s, safe=''):
    """Like quote(), but spaces become '+'."""
    if ' ' in s:
        return quote(s, safe + ' ').replace(' ', '+')
    return quote(s, safe)


_HEX = '0123456789ABCDEFabcdef'


def unquote(s):
    """Replaces %xx escapes by the characters they stand for."""
    if '%' not in s:
        return s
    parts = s.split('%')
    out = [parts[0]]
    for item in parts[1:]:
        if len(item) >= 2 and item[0] in _HEX and item[1] in _HEX:
            ch = chr(int(item[:2], 16))
            if isinstance(s, unicode):
                ch = unichr(ord(ch))
            out.append(ch + item[2:])
        else:
            out.append('%' + item)
    return ''.join(out)


def unquote_plus(s):
    """Like unquote(), and '+' becomes a space."""
    return unquote(s.replace('+', ' '))


def urlencode(query, doseq=0):
    """A mapping or sequence of pairs as an application/x-www-form-urlencoded string."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            ty, va, tb = sys.exc_info()
            raise TypeError, "not a valid non-string sequence or mapping object", tb
    out = []
    for k, v in query:
        k = quote_plus(str(k))
        if not doseq:
            out.append(k + '=' + quote_plus(str(v)))
        elif isinstance(v, str):
            out.append(k + '=' + quote_plus(v))
        elif isinstance(v, unicode):
            out.append(k + '=' + quote_plus(v.encode("ASCII", "replace")))
        else:
            try:
                len(v)
            except TypeError:
                out.append(k + '=' + quote_plus(str(v)))
            else:
                for elt in v:
                    out.append(k + '=' + quote_plus(str(elt)))
    return '&'.join(out)


def url2pathname(pathname):
    """A local path from the path part of a file: URL."""
    return unquote(pathname)


def pathname2url(pathname):
    """The path part of a file: URL for a local path."""
    return quote(pathname)


def toBytes(url):
    """A unicode URL as str (it must be ASCII)."""
    if isinstance(url, unicode):
        try:
            url = url.encode("ASCII")
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url


def unwrap(url):
    """'<URL:type://host/path>' -> 'type://host/path'."""
    url = url.strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


# ---- splitting ----

def splittype(url):
    """'type:opaquestring' -> ('type', 'opaquestring'), the type lowercased."""
    i = url.find(':')
    if i > 0:
        scheme = url[:i]
        ok = True
        for c in scheme:
            if not (c.isalnum() or c in '+-.'):
                ok = False
                break
        if ok:
            return scheme.lower(), url[i + 1:]
    return None, url


def splithost(url):
    """'//host[:port]/path' -> ('host[:port]', '/path')."""
    if url[:2] != '//':
        return None, url
    rest = url[2:]
    cut = len(rest)
    for c in '/?#':
        i = rest.find(c)
        if i >= 0 and i < cut:
            cut = i
    host, path = rest[:cut], rest[cut:]
    if path and path[0] != '/':
        path = '/' + path
    return host, path


def splituser(host):
    """'user[:passwd]@host[:port]' -> ('user[:passwd]', 'host[:port]')."""
    user, delim, host = host.rpartition('@')
    return (user if delim else None), host


def splitpasswd(user):
    """'user:passwd' -> ('user', 'passwd')."""
    user, delim, passwd = user.partition(':')
    return user, (passwd if delim else None)


def splitport(host):
    """'host:port' -> ('host', 'port')."""
    i = host.rfind(':')
    if i >= 0 and host.find(']', i) < 0:
        port = host[i + 1:]
        if port.isdigit():
            return host[:i], port
    return host, None


def splitnport(host, defport=-1):
    """'host:port' -> ('host', port as int); defport without a port, None if not numeric."""
    host, delim, port = host.rpartition(':')
    if not delim:
        return port, defport
    if port:
        try:
            return host, int(port)
        except ValueError:
            return host, None
    return host, defport


def splitquery(url):
    """'/path?query' -> ('/path', 'query')."""
    path, delim, query = url.rpartition('?')
    if delim:
        return path, query
    return url, None


def splittag(url):
    """'/path#tag' -> ('/path', 'tag')."""
    path, delim, tag = url.rpartition('#')
    if delim:
        return path, tag
    return url, None


def splitattr(url):
    """'/path;attr1=value1;attr2=value2' -> ('/path', ['attr1=value1', 'attr2=value2'])."""
    words = url.split(';')
    return words[0], words[1:]


def splitvalue(attr):
    """'attr=value' -> ('attr', 'value')."""
    attr, delim, value = attr.partition('=')
    return attr, (value if delim else None)


try:
    from urlparse import urljoin as basejoin
except ImportError:
    pass


# ---- proxies ----

def getproxies_environment():
    """Proxies named by *_proxy environment variables."""
    proxies = {}
    for name, value in os.environ.items():
        name = name.lower()
        if value and name[-6:] == '_proxy':
            proxies[name[:-6]] = value
    return proxies

getproxies = getproxies_environment


def proxy_bypass_environment(host):
    """True when no_proxy says host goes direct."""
    no_proxy = os.environ.get('no_proxy', '') or os.environ.get('NO_PROXY', '')
    if no_proxy == '*':
        return 1
    hostonly, port = splitport(host)
    for name in [n.strip() for n in no_proxy.split(',') if n.strip()]:
        if hostonly.endswith(name) or host.endswith(name):
            return 1
    return 0

proxy_bypass = proxy_bypass_environment


# ---- the file-like results ----

class addbase:
    """A file-like wrapper forwarding reads to fp."""

    def __init__(self, fp):
        self.fp = fp
        self.read = fp.read
        self.readline = fp.readline
        if hasattr(fp, "readlines"):
            self.readlines = fp.readlines
        if hasattr(fp, "fileno"):
            self.fileno = fp.fileno
        else:
            self.fileno = lambda: None
        if hasattr(fp, "__iter__"):
            self.__iter__ = fp.__iter__
            if hasattr(fp, "next"):
                self.next = fp.next

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (self.__class__.__name__, id(self), self.fp)

    def close(self):
        self.read = self.readline = self.readlines = self.fileno = None
        if self.fp:
            self.fp.close()
        self.fp = None


class addclosehook(addbase):
    """addbase calling closehook(*hookargs) when closed."""

    def __init__(self, fp, closehook, *hookargs):
        addbase.__init__(self, fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            if self.closehook:
                self.closehook(*self.hookargs)
                self.closehook = None
                self.hookargs = None
        finally:
            addbase.close(self)


class addinfo(addbase):
    """addbase with info() for the headers."""

    def __init__(self, fp, headers):
        addbase.__init__(self, fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addbase):
    """addbase with info(), geturl() and getcode()."""

    def __init__(self, fp, headers, url, code=None):
        addbase.__init__(self, fp)
        self.headers = headers
        self.url = url
        self.code = code

    def info(self):
        return self.headers

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url


class ContentTooShortError(IOError):
    def __init__(self, message, content):
        IOError.__init__(self, message)
        self.content = content


def _headers_from_text(text):
    from StringIO import StringIO
    import httplib
    return httplib.HTTPMessage(StringIO(text))


def _http_date(t):
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    months = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
              'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    y, mo, d, hh, mm, ss, wd, yd, dst = time.gmtime(t)
    return "%s, %02d %s %04d %02d:%02d:%02d GMT" % (days[wd], d, months[mo], y, hh, mm, ss)


_EXTENSION_TYPES = {
    '.html': 'text/html', '.htm': 'text/html', '.txt': 'text/plain',
    '.py': 'text/x-python', '.c': 'text/plain', '.h': 'text/plain',
    '.css': 'text/css', '.js': 'application/javascript',
    '.json': 'application/json', '.xml': 'text/xml', '.csv': 'text/csv',
    '.png': 'image/png', '.gif': 'image/gif', '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.pdf': 'application/pdf',
    '.zip': 'application/zip', '.gz': 'application/octet-stream',
    '.tar': 'application/x-tar',
}


def _guess_type(path):
    try:
        import mimetypes
        return mimetypes.guess_type(path)[0]
    except ImportError:
        ext = os.path.splitext(path)[1].lower()
        return _EXTENSION_TYPES.get(ext)


# ---- openers ----

class URLopener:
    """Opens http: and file: URLs (and data: ones)."""

    version = "Python-urllib/%s" % __version__

    def __init__(self, proxies=None, **x509):
        if proxies is None:
            proxies = getproxies()
        self.proxies = proxies
        self.addheaders = [('User-Agent', self.version)]
        self.tempcache = None
        self.__tempfiles = []

    def __del__(self):
        self.close()

    def close(self):
        self.cleanup()

    def cleanup(self):
        for f in self.__tempfiles:
            try:
                os.unlink(f)
            except OSError:
                pass
        del self.__tempfiles[:]
        if self.tempcache:
            self.tempcache.clear()

    def addheader(self, *args):
        self.addheaders.append(args)

    def open(self, fullurl, data=None):
        """Opens fullurl with the open_<type> method for its scheme."""
        fullurl = unwrap(toBytes(fullurl))
        fullurl = quote(fullurl, safe="%/:=&?~#+!$,;'@()*[]|")
        urltype, url = splittype(fullurl)
        if not urltype:
            urltype = 'file'
        name = 'open_' + urltype.replace('-', '_')
        self.type = urltype
        if not hasattr(self, name):
            return self.open_unknown(fullurl, data)
        try:
            if data is None:
                return getattr(self, name)(url)
            return getattr(self, name)(url, data)
        except socket.error, msg:
            raise IOError, ('socket error', msg), sys.exc_info()[2]

    def open_unknown(self, fullurl, data=None):
        type, url = splittype(fullurl)
        raise IOError, ('url error', 'unknown url type', type)

    def retrieve(self, url, filename=None, reporthook=None, data=None):
        """Copies the resource at url to filename (a temporary file by default)."""
        url = unwrap(toBytes(url))
        if self.tempcache and url in self.tempcache:
            return self.tempcache[url]
        type, url1 = splittype(url)
        if filename is None and (not type or type == 'file'):
            try:
                fp = self.open_local_file(url1)
                hdrs = fp.info()
                fp.close()
                return url2pathname(splithost(url1)[1]), hdrs
            except IOError:
                pass
        fp = self.open(url, data)
        try:
            headers = fp.info()
            if filename:
                tfp = open(filename, 'wb')
            else:
                import tempfile
                garbage, path = splittag(url1)
                garbage, path = splithost(path or "")
                path, garbage = splitquery(path or "")
                path, garbage = splitattr(path or "")
                suffix = os.path.splitext(path)[1]
                fd, filename = tempfile.mkstemp(suffix)
                self.__tempfiles.append(filename)
                tfp = os.fdopen(fd, 'wb')
            try:
                result = filename, headers
                if self.tempcache is not None:
                    self.tempcache[url] = result
                bs = 1024 * 8
                size = -1
                read = 0
                blocknum = 0
                if "content-length" in headers:
                    size = int(headers["Content-Length"])
                if reporthook:
                    reporthook(blocknum, bs, size)
                while True:
                    block = fp.read(bs)
                    if block == "":
                        break
                    read += len(block)
                    tfp.write(block)
                    blocknum += 1
                    if reporthook:
                        reporthook(blocknum, bs, size)
            finally:
                tfp.close()
        finally:
            fp.close()
        if size >= 0 and read < size:
            raise ContentTooShortError("retrieval incomplete: got only %i out "
                                       "of %i bytes" % (read, size), result)
        return result

    def open_http(self, url, data=None):
        """An http: URL, through httplib."""
        import httplib
        user_passwd = None
        if isinstance(url, str):
            host, selector = splithost(url)
            if host:
                user_passwd, host = splituser(host)
                host = unquote(host)
            realhost = host
        else:
            host, selector = url
            realhost = host
        if not host:
            raise IOError, ('http error', 'no host given')
        auth = None
        if user_passwd:
            import base64
            auth = base64.b64encode(unquote(user_passwd)).strip()
        h = httplib.HTTP(host)
        if data is not None:
            h.putrequest('POST', selector)
            h.putheader('Content-Type', 'application/x-www-form-urlencoded')
            h.putheader('Content-Length', '%d' % len(data))
        else:
            h.putrequest('GET', selector)
        if auth:
            h.putheader('Authorization', 'Basic %s' % auth)
        if realhost:
            h.putheader('Host', realhost)
        for args in self.addheaders:
            h.putheader(*args)
        h.endheaders(data)
        errcode, errmsg, headers = h.getreply()
        fp = h.getfile()
        if errcode == -1:
            if fp:
                fp.close()
            raise IOError, ('http protocol error', 0, 'got a bad status line', None)
        if 200 <= errcode < 300:
            return addinfourl(fp, headers, "http:" + url, errcode)
        if data is None:
            return self.http_error(url, fp, errcode, errmsg, headers)
        return self.http_error(url, fp, errcode, errmsg, headers, data)

    def http_error(self, url, fp, errcode, errmsg, headers, data=None):
        """Calls http_error_<code> if defined, else http_error_default."""
        name = 'http_error_%d' % errcode
        if hasattr(self, name):
            method = getattr(self, name)
            if data is None:
                result = method(url, fp, errcode, errmsg, headers)
            else:
                result = method(url, fp, errcode, errmsg, headers, data)
            if result:
                return result
        return self.http_error_default(url, fp, errcode, errmsg, headers)

    def http_error_default(self, url, fp, errcode, errmsg, headers):
        fp.close()
        raise IOError, ('http error', errcode, errmsg, headers)

    def open_file(self, url):
        """A file: URL (only local ones)."""
        if not isinstance(url, str):
            raise IOError, ('file error', 'proxy support for file protocol currently not implemented')
        if url[:2] == '//' and url[2:3] != '/' and url[2:12].lower() != 'localhost/':
            raise IOError, ('file error', 'remote file access not supported')
        return self.open_local_file(url)

    def open_local_file(self, url):
        host, file = splithost(url)
        localname = url2pathname(file)
        try:
            stats = os.stat(localname)
        except OSError, e:
            raise IOError(e.errno, e.strerror, e.filename)
        size = stats.st_size
        modified = _http_date(stats.st_mtime)
        mtype = _guess_type(url)
        headers = _headers_from_text(
            'Content-Type: %s\nContent-Length: %d\nLast-modified: %s\n' %
            (mtype or 'text/plain', size, modified))
        if not host:
            urlfile = file
            if file[:1] == '/':
                urlfile = 'file://' + file
            return addinfourl(open(localname, 'rb'), headers, urlfile)
        host, port = splitport(host)
        if not port and socket.gethostbyname(host) in ((localhost(),) + thishost()):
            urlfile = file
            if file[:1] == '/':
                urlfile = 'file://' + file
            return addinfourl(open(localname, 'rb'), headers, urlfile)
        raise IOError, ('local file error', 'not on local host')

    def open_data(self, url, data=None):
        """A data: URL."""
        from StringIO import StringIO
        try:
            type, data = url.split(',', 1)
        except ValueError:
            raise IOError, ('data error', 'bad data URL')
        if not type:
            type = 'text/plain;charset=US-ASCII'
        semi = type.rfind(';')
        if semi >= 0 and '=' not in type[semi:]:
            encoding = type[semi + 1:]
            type = type[:semi]
        else:
            encoding = ''
        msg = ['Date: %s' % _http_date(time.time()), 'Content-type: %s' % type]
        if encoding == 'base64':
            import base64
            data = base64.decodestring(data)
        else:
            data = unquote(data)
        msg.append('Content-Length: %d' % len(data))
        msg.append('')
        msg.append(data)
        text = '\n'.join(msg)
        f = StringIO(text)
        headers = _headers_from_text(text)
        return addinfourl(f, headers, url)


class FancyURLopener(URLopener):
    """URLopener that follows redirects and returns error pages instead of raising."""

    def __init__(self, *args, **kwargs):
        URLopener.__init__(self, *args, **kwargs)
        self.tries = 0
        self.maxtries = 10

    def http_error_default(self, url, fp, errcode, errmsg, headers):
        return addinfourl(fp, headers, "http:" + url, errcode)

    def http_error_302(self, url, fp, errcode, errmsg, headers, data=None):
        self.tries += 1
        try:
            if self.maxtries and self.tries >= self.maxtries:
                meth = getattr(self, "http_error_500", self.http_error_default)
                return meth(url, fp, 500, "Internal Server Error: Redirect Recursion", headers)
            return self.redirect_internal(url, fp, errcode, errmsg, headers, data)
        finally:
            self.tries = 0

    def redirect_internal(self, url, fp, errcode, errmsg, headers, data):
        if 'location' in headers:
            newurl = headers['location']
        elif 'uri' in headers:
            newurl = headers['uri']
        else:
            return
        fp.close()
        import urlparse
        newurl = urlparse.urljoin(self.type + ":" + url, newurl)
        if not newurl.lower().startswith(('http://', 'https://', 'ftp://')):
            raise IOError('redirect error', errcode,
                          errmsg + " - Redirection to url '%s' is not allowed" % newurl,
                          headers)
        return self.open(newurl)

    http_error_301 = http_error_303 = http_error_307 = http_error_302

    def http_error_401(self, url, fp, errcode, errmsg, headers, data=None):
        return None


_urlopener = None


def urlopen(url, data=None, proxies=None):
    """Opens url (http: or file:) and returns a file-like object with info()."""
    global _urlopener
    if proxies is not None:
        opener = FancyURLopener(proxies=proxies)
    elif not _urlopener:
        opener = _urlopener = FancyURLopener()
    else:
        opener = _urlopener
    if data is None:
        return opener.open(url)
    return opener.open(url, data)


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copies a URL's resource to a local file: (filename, headers)."""
    global _urlopener
    if not _urlopener:
        _urlopener = FancyURLopener()
    return _urlopener.retrieve(url, filename, reporthook, data)


def urlcleanup():
    """Removes the temporary files urlretrieve() made."""
    if _urlopener:
        _urlopener.cleanup()


_localhost = None


def localhost():
    """The IP address of localhost."""
    global _localhost
    if _localhost is None:
        _localhost = socket.gethostbyname('localhost')
    return _localhost


_thishost = None


def thishost():
    """The IP addresses of this host."""
    global _thishost
    if _thishost is None:
        try:
            _thishost = tuple(socket.gethostbyname_ex(socket.gethostname())[2])
        except socket.gaierror:
            _thishost = tuple(socket.gethostbyname_ex('localhost')[2])
    return _thishost


ftperrors = lambda: IOError
