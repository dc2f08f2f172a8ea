"""Splitting URLs into parts and joining them again (Python 2.7's urlparse).

Written for minipy from the documented behaviour of 2.7: urlsplit/urlparse
give named results with username/password/hostname/port, urljoin resolves a
relative reference with 2.7's (pre-RFC 3986) rules, parse_qs/parse_qsl decode
query strings.
"""

from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "parse_qs", "parse_qsl"]

# Which schemes take part in each kind of parsing (2.7's lists).
uses_relative = ['ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file',
                 'https', 'shttp', 'mms', 'prospero', 'rtsp', 'rtspu', '',
                 'sftp', 'svn', 'svn+ssh']
uses_netloc = ['ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais',
               'file', 'mms', 'https', 'shttp', 'snews', 'prospero', 'rtsp',
               'rtspu', 'rsync', '', 'svn', 'svn+ssh', 'sftp', 'nfs', 'git',
               'git+ssh']
uses_params = ['ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp',
               'rtsp', 'rtspu', 'sip', 'sips', 'mms', '', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais',
                    'imap', 'snews', 'sip', 'sips']
uses_query = ['http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher',
              'rtsp', 'rtspu', 'sip', 'sips', '']
uses_fragment = ['ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais',
                 'https', 'shttp', 'snews', 'file', 'prospero', '']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

MAX_CACHE_SIZE = 20
_parse_cache = {}


def clear_cache():
    """Forget the results of earlier urlsplit() calls."""
    _parse_cache.clear()


class ResultMixin(object):
    """The parts of the network location, shared by both result types."""

    def _host_part(self):
        return self.netloc.rpartition('@')[2]

    def _user_part(self):
        if '@' in self.netloc:
            return self.netloc.rpartition('@')[0]
        return None

    @property
    def username(self):
        user = self._user_part()
        if user is None:
            return None
        return user.partition(':')[0]

    @property
    def password(self):
        user = self._user_part()
        if user is None or ':' not in user:
            return None
        return user.partition(':')[2]

    @property
    def hostname(self):
        host = self._host_part()
        if '[' in host and ']' in host:
            return host.split(']')[0][1:].lower()
        if ':' in host:
            return host.split(':')[0].lower()
        if not host:
            return None
        return host.lower()

    @property
    def port(self):
        host = self._host_part().split(']')[-1]
        if ':' not in host:
            return None
        digits = host.split(':')[1]
        if not digits:
            return None
        number = int(digits, 10)
        if 0 <= number <= 65535:
            return number
        return None


class SplitResult(namedtuple('SplitResult', 'scheme netloc path query fragment'), ResultMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple('ParseResult', 'scheme netloc path params query fragment'), ResultMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _cut_netloc(rest):
    """rest starts with '//': the location up to the first '/', '?' or '#'
    after it, and what follows."""
    end = len(rest)
    for stop in '/?#':
        at = rest.find(stop, 2)
        if 0 <= at < end:
            end = at
    return rest[2:end], rest[end:]


def _check_netloc(netloc):
    # A unicode location whose NFKC form brings in URL delimiters would be
    # read as another host (CVE-2019-9636); 2.7.18 refuses it.
    if not netloc or not isinstance(netloc, unicode):
        return
    import unicodedata
    name = netloc.replace(u'@', u'').replace(u':', u'').replace(u'#', u'').replace(u'?', u'')
    normal = unicodedata.normalize('NFKC', name)
    if normal == name:
        return
    for c in '/?#@:':
        if c in normal:
            raise ValueError("netloc %r contains invalid characters "
                             "under NFKC normalization" % netloc)


def _looks_like_port(text):
    return bool(text) and all(c in '0123456789' for c in text)


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, query, fragment)."""
    allow_fragments = bool(allow_fragments)
    key = (url, scheme, allow_fragments, type(url), type(scheme))
    found = _parse_cache.get(key)
    if found:
        return found
    if len(_parse_cache) >= MAX_CACHE_SIZE:
        clear_cache()
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0:
        head, rest = url[:colon], url[colon + 1:]
        # 'host:80' is a path with a port, not the scheme 'host'.
        if all(c in scheme_chars for c in head) and (head == 'http' or not _looks_like_port(rest)):
            scheme, url = head.lower(), rest
    if url[:2] == '//':
        netloc, url = _cut_netloc(url)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _check_netloc(netloc)
    result = SplitResult(scheme, netloc, url, query, fragment)
    _parse_cache[key] = result
    return result


def _cut_params(path):
    # Parameters belong to the last path segment.
    start = path.rfind('/') if '/' in path else 0
    at = path.find(';', start)
    if at < 0:
        return path, ''
    return path[:at], path[at + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, params, query, fragment)."""
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _cut_params(path)
    return ParseResult(scheme, netloc, path, params, query, fragment)


def urlunsplit(data):
    """Put the five parts of urlsplit() back together."""
    scheme, netloc, path, query, fragment = data
    if netloc or (scheme and scheme in uses_netloc and path[:2] != '//'):
        if path and path[:1] != '/':
            path = '/' + path
        path = '//' + (netloc or '') + path
    text = path
    if scheme:
        text = scheme + ':' + text
    if query:
        text += '?' + query
    if fragment:
        text += '#' + fragment
    return text


def urlunparse(data):
    """Put the six parts of urlparse() back together."""
    scheme, netloc, path, params, query, fragment = data
    if params:
        path = "%s;%s" % (path, params)
    return urlunsplit((scheme, netloc, path, query, fragment))


def _resolve_dots(segments):
    """Remove '.' and 'x/..' segments as 2.7 does (a leading '..' stays)."""
    if segments[-1] == '.':
        segments[-1] = ''
    segments = [s for s in segments if s != '.']
    changed = True
    while changed:
        changed = False
        for i in range(1, len(segments) - 1):
            if segments[i] == '..' and segments[i - 1] not in ('', '..'):
                del segments[i - 1:i + 1]
                changed = True
                break
    if segments == ['', '..']:
        segments[-1] = ''
    elif len(segments) >= 2 and segments[-1] == '..':
        segments[-2:] = ['']
    return segments


def urljoin(base, url, allow_fragments=True):
    """Resolve url relative to base."""
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if path[:1] == '/':
        return urlunparse((scheme, netloc, path, params, query, fragment))
    if not path and not params:
        return urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment))
    segments = _resolve_dots(bpath.split('/')[:-1] + path.split('/'))
    return urlunparse((scheme, netloc, '/'.join(segments), params, query, fragment))


def urldefrag(url):
    """(url without its fragment, the fragment)."""
    if '#' not in url:
        return url, ''
    s, n, p, a, q, frag = urlparse(url)
    return urlunparse((s, n, p, a, q, '')), frag


_HEX = '0123456789ABCDEFabcdef'
_hextochr = dict((a + b, chr(int(a + b, 16))) for a in _HEX for b in _HEX)


def _unquote_bytes(s):
    pieces = s.split('%')
    if len(pieces) == 1:
        return s
    out = [pieces[0]]
    for piece in pieces[1:]:
        char = _hextochr.get(piece[:2])
        if char is None:
            out.append('%' + piece)
        else:
            out.append(char + piece[2:])
    return ''.join(out)


def unquote(s):
    """'%7e' -> '~'; in unicode, each ASCII run is unescaped as latin-1."""
    if not isinstance(s, unicode):
        return _unquote_bytes(s)
    if u'%' not in s:
        return s
    out, run = [], []
    for ch in s + u'\x80':
        if ch < u'\x80':
            run.append(ch)
            continue
        if run:
            out.append(_unquote_bytes(str(u''.join(run))).decode('latin1'))
            run = []
        out.append(ch)
    return u''.join(out[:-1])


def parse_qsl(qs, keep_blank_values=0, strict_parsing=0, max_num_fields=None):
    """A query string as a list of (name, value) pairs."""
    if max_num_fields is not None:
        if max_num_fields < 1 + qs.count('&') + qs.count(';'):
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (part for chunk in qs.split('&') for part in chunk.split(';')):
        if not field and not strict_parsing:
            continue
        if '=' in field:
            name, value = field.split('=', 1)
        elif strict_parsing:
            raise ValueError("bad query field: %r" % (field,))
        elif keep_blank_values:
            name, value = field, ''
        else:
            continue
        if value or keep_blank_values:
            pairs.append((unquote(name.replace('+', ' ')), unquote(value.replace('+', ' '))))
    return pairs


def parse_qs(qs, keep_blank_values=0, strict_parsing=0, max_num_fields=None):
    """A query string as a dict of lists of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, max_num_fields):
        result.setdefault(name, []).append(value)
    return result
