"""HTTP/1.1 client side, as Python 2.7's httplib: HTTPConnection sends a
request and hands back an HTTPResponse to read it from.

The header parser (HTTPMessage) is self-contained here: it offers the
rfc822/mimetools Message interface that users of httplib rely on
(getheader, getheaders, items, gettype, getparam, ...).  HTTPS is not
available (minipy has no ssl module).
"""

import socket
from urlparse import urlsplit

__all__ = ["HTTP", "HTTPResponse", "HTTPConnection",
           "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "error", "responses"]

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = 'UNKNOWN'

_CS_IDLE = 'Idle'
_CS_REQ_STARTED = 'Request-started'
_CS_REQ_SENT = 'Request-sent'

_MAXLINE = 65536
_MAXHEADERS = 100

# status codes and their reason phrases
_STATUS = [
    (100, 'CONTINUE', 'Continue'), (101, 'SWITCHING_PROTOCOLS', 'Switching Protocols'),
    (102, 'PROCESSING', None),
    (200, 'OK', 'OK'), (201, 'CREATED', 'Created'), (202, 'ACCEPTED', 'Accepted'),
    (203, 'NON_AUTHORITATIVE_INFORMATION', 'Non-Authoritative Information'),
    (204, 'NO_CONTENT', 'No Content'), (205, 'RESET_CONTENT', 'Reset Content'),
    (206, 'PARTIAL_CONTENT', 'Partial Content'), (207, 'MULTI_STATUS', None),
    (226, 'IM_USED', None),
    (300, 'MULTIPLE_CHOICES', 'Multiple Choices'), (301, 'MOVED_PERMANENTLY', 'Moved Permanently'),
    (302, 'FOUND', 'Found'), (303, 'SEE_OTHER', 'See Other'), (304, 'NOT_MODIFIED', 'Not Modified'),
    (305, 'USE_PROXY', 'Use Proxy'), (306, None, '(Unused)'),
    (307, 'TEMPORARY_REDIRECT', 'Temporary Redirect'),
    (400, 'BAD_REQUEST', 'Bad Request'), (401, 'UNAUTHORIZED', 'Unauthorized'),
    (402, 'PAYMENT_REQUIRED', 'Payment Required'), (403, 'FORBIDDEN', 'Forbidden'),
    (404, 'NOT_FOUND', 'Not Found'), (405, 'METHOD_NOT_ALLOWED', 'Method Not Allowed'),
    (406, 'NOT_ACCEPTABLE', 'Not Acceptable'),
    (407, 'PROXY_AUTHENTICATION_REQUIRED', 'Proxy Authentication Required'),
    (408, 'REQUEST_TIMEOUT', 'Request Timeout'), (409, 'CONFLICT', 'Conflict'),
    (410, 'GONE', 'Gone'), (411, 'LENGTH_REQUIRED', 'Length Required'),
    (412, 'PRECONDITION_FAILED', 'Precondition Failed'),
    (413, 'REQUEST_ENTITY_TOO_LARGE', 'Request Entity Too Large'),
    (414, 'REQUEST_URI_TOO_LONG', 'Request-URI Too Long'),
    (415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported Media Type'),
    (416, 'REQUESTED_RANGE_NOT_SATISFIABLE', 'Requested Range Not Satisfiable'),
    (417, 'EXPECTATION_FAILED', 'Expectation Failed'),
    (422, 'UNPROCESSABLE_ENTITY', None), (423, 'LOCKED', None),
    (424, 'FAILED_DEPENDENCY', None), (426, 'UPGRADE_REQUIRED', None),
    (500, 'INTERNAL_SERVER_ERROR', 'Internal Server Error'),
    (501, 'NOT_IMPLEMENTED', 'Not Implemented'), (502, 'BAD_GATEWAY', 'Bad Gateway'),
    (503, 'SERVICE_UNAVAILABLE', 'Service Unavailable'),
    (504, 'GATEWAY_TIMEOUT', 'Gateway Timeout'),
    (505, 'HTTP_VERSION_NOT_SUPPORTED', 'HTTP Version Not Supported'),
    (507, 'INSUFFICIENT_STORAGE', None), (510, 'NOT_EXTENDED', None),
]
responses = {}
for _code, _name, _phrase in _STATUS:
    if _name:
        globals()[_name] = _code
    if _phrase:
        responses[_code] = _phrase
del _code, _name, _phrase, _STATUS


def _legal_header_name(name):
    # a token: no colon, no line break, not starting with whitespace
    if not name or name[0] == ':' or name[0].isspace():
        return False
    return ':' not in name and '\r' not in name and '\n' not in name


def _illegal_header_value(value):
    # a line break must be followed by whitespace (an obsolete folded line)
    n = len(value)
    for i, c in enumerate(value):
        nxt = value[i + 1] if i + 1 < n else ''
        if c == '\n' and nxt not in (' ', '\t') or nxt == '' and c == '\n':
            return True
        if c == '\r' and (nxt == '' or nxt not in ' \t\n'):
            return True
    return False


class HTTPMessage:
    """The header block of an HTTP message, read from a file."""

    def __init__(self, fp, seekable=1):
        self.fp = fp
        self.seekable = seekable
        self.startofheaders = None
        self.startofbody = None
        self.unixfrom = ''
        self.headers = []      # the raw lines, continuation lines included
        self.dict = {}         # lowercased name -> value (repeats joined by ", ")
        self.status = ''
        self.readheaders()
        self._parse_type()

    def addheader(self, key, value):
        prev = self.dict.get(key)
        self.dict[key] = value if prev is None else prev + ", " + value

    def addcontinue(self, key, more):
        self.dict[key] = self.dict[key] + "\n " + more

    def isheader(self, line):
        i = line.find(':')
        if i > -1:
            return line[:i].lower()
        return None

    def islast(self, line):
        return line in ('\r\n', '\n')

    def iscomment(self, line):
        return False

    def readheaders(self):
        key = None
        count = 0
        while True:
            if count > _MAXHEADERS:
                raise HTTPException("got more than %d headers" % _MAXHEADERS)
            line = self.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong("header line")
            if not line:
                self.status = 'EOF in headers'
                break
            if key is not None and line[0] in ' \t':
                # a continuation of the previous header
                self.headers.append(line)
                self.addcontinue(key, line.strip())
                continue
            if self.islast(line):
                break
            name = self.isheader(line)
            if not name:
                # no name (skipped quietly) or no colon: not a header, skipped
                if name is None:
                    self.status = 'Non-header line where header expected'
                key = None
                continue
            count += 1
            key = name
            self.headers.append(line)
            self.addheader(key, line[len(name) + 1:].strip())

    # -- mapping interface --
    def __len__(self):
        return len(self.dict)

    def __getitem__(self, name):
        return self.dict[name.lower()]

    def __setitem__(self, name, value):
        del self[name]
        self.dict[name.lower()] = value
        for i, line in enumerate(value.split("\n")):
            self.headers.append((name + ": " if i == 0 else " ") + line + "\n")

    def __delitem__(self, name):
        name = name.lower()
        if name not in self.dict:
            return
        del self.dict[name]
        kept = []
        dropping = False
        for line in self.headers:
            if line[:1].isspace():
                if not dropping:
                    kept.append(line)
                continue
            dropping = self.isheader(line) == name
            if not dropping:
                kept.append(line)
        self.headers = kept

    def __contains__(self, name):
        return name.lower() in self.dict

    def __iter__(self):
        return iter(self.dict)

    def has_key(self, name):
        return name.lower() in self.dict

    def keys(self):
        return self.dict.keys()

    def values(self):
        return self.dict.values()

    def items(self):
        return self.dict.items()

    def get(self, name, default=None):
        return self.dict.get(name.lower(), default)

    getheader = get

    def setdefault(self, name, default=""):
        if name.lower() not in self.dict:
            self[name] = default
        return self.dict[name.lower()]

    def getallmatchingheaders(self, name):
        name = name.lower()
        out = []
        taking = False
        for line in self.headers:
            if line[:1].isspace():
                if taking:
                    out.append(line)
                continue
            taking = self.isheader(line) == name
            if taking:
                out.append(line)
        return out

    def getfirstmatchingheader(self, name):
        lines = self.getallmatchingheaders(name)
        return lines[:1] + [l for l in lines[1:] if l[:1].isspace()] if lines else []

    def getheaders(self, name):
        result = []
        for line in self.getallmatchingheaders(name):
            if line[:1].isspace():
                if result:
                    result[-1] = result[-1] + "\n " + line.strip()
            else:
                result.append(line[line.find(':') + 1:].strip())
        return result

    def getrawheader(self, name):
        lines = self.getallmatchingheaders(name)
        if not lines:
            return None
        first = lines[0]
        return first[first.find(':') + 1:].lstrip() + ''.join(lines[1:])

    def rewindbody(self):
        raise IOError("unseekable file")

    def __str__(self):
        return ''.join(self.headers)

    # -- the mimetools.Message additions --
    def _parse_type(self):
        self.typeheader = self.getheader('content-type')
        text = self.typeheader or 'text/plain'
        parts = text.split(';')
        self.type = parts[0].strip().lower()
        if '/' not in self.type:
            self.type = 'text/plain'
        self.maintype, self.subtype = self.type.split('/', 1)
        self.plist = []
        for p in parts[1:]:
            p = p.strip()
            if '=' in p:
                k, v = p.split('=', 1)
                p = k.strip().lower() + '=' + v.strip()
            self.plist.append(p)
        self.plisttext = ''.join(';' + p for p in parts[1:])
        self.encodingheader = self.getheader('content-transfer-encoding')
        self.encoding = (self.encodingheader or '7bit').strip().lower()

    def gettype(self):
        return self.type

    def getmaintype(self):
        return self.maintype

    def getsubtype(self):
        return self.subtype

    def getplist(self):
        return self.plist

    def getparam(self, name):
        name = name.lower() + '='
        for p in self.plist:
            if p[:len(name)] == name:
                v = p[len(name):]
                if len(v) > 1 and v[0] == v[-1] == '"':
                    v = v[1:-1]
                return v
        return None

    def getparamnames(self):
        return [p.split('=', 1)[0] for p in self.plist if '=' in p]

    def getencoding(self):
        return self.encoding


class HTTPResponse:
    """A response read from a connection: status line, headers, body."""

    def __init__(self, sock, debuglevel=0, strict=0, method=None, buffering=False):
        if buffering:
            self.fp = sock.makefile('rb')
        else:
            # unbuffered: a kept-alive connection must not lose the next response
            self.fp = sock.makefile('rb', 0)
        self.debuglevel = debuglevel
        self.strict = strict
        self._method = method
        self.msg = None
        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN

    def _read_status(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        if self.debuglevel > 0:
            print "reply:", repr(line)
        if not line:
            raise BadStatusLine(line)
        parts = line.split(None, 2)
        if len(parts) == 3:
            version, status, reason = parts
        elif len(parts) == 2:
            version, status = parts
            reason = ""
        else:
            version = ""
        if not version.startswith('HTTP/'):
            if self.strict:
                self.close()
                raise BadStatusLine(line)
            # an HTTP/0.9 answer: the line is part of the body
            self.fp = _LinePushback(line, self.fp)
            return "HTTP/0.9", 200, ""
        try:
            status = int(status)
        except ValueError:
            raise BadStatusLine(line)
        if status < 100 or status > 999:
            raise BadStatusLine(line)
        return version, status, reason

    def begin(self):
        if self.msg is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != CONTINUE:
                break
            # skip the headers of a 100 Continue
            while True:
                skip = self.fp.readline(_MAXLINE + 1)
                if len(skip) > _MAXLINE:
                    raise LineTooLong("header line")
                skip = skip.strip()
                if not skip:
                    break
        self.status = status
        self.reason = reason.strip()
        if version == 'HTTP/1.0':
            self.version = 10
        elif version.startswith('HTTP/1.'):
            self.version = 11
        elif version == 'HTTP/0.9':
            self.version = 9
        else:
            raise UnknownProtocol(version)
        if self.version == 9:
            self.length = None
            self.chunked = 0
            self.will_close = 1
            self.msg = HTTPMessage(_Empty())
            return
        self.msg = HTTPMessage(self.fp, 0)
        if self.debuglevel > 0:
            for hdr in self.msg.headers:
                print "header:", hdr,
        self.msg.fp = None
        te = self.msg.getheader('transfer-encoding')
        if te and te.lower() == "chunked":
            self.chunked = 1
            self.chunk_left = None
        else:
            self.chunked = 0
        self.will_close = self._check_close()
        length = self.msg.getheader('content-length')
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        else:
            self.length = None
        if (status == NO_CONTENT or status == NOT_MODIFIED or 100 <= status < 200
                or self._method == 'HEAD'):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = 1

    def _check_close(self):
        conn = self.msg.getheader('connection')
        if self.version == 11:
            return 1 if conn and "close" in conn.lower() else 0
        if self.msg.getheader('keep-alive'):
            return 0
        if conn and "keep-alive" in conn.lower():
            return 0
        pconn = self.msg.getheader('proxy-connection')
        if pconn and "keep-alive" in pconn.lower():
            return 0
        return 1

    def close(self):
        fp = self.fp
        if fp:
            self.fp = None
            fp.close()

    def isclosed(self):
        return self.fp is None

    def read(self, amt=None):
        if self.fp is None:
            return ''
        if self._method == 'HEAD':
            self.close()
            return ''
        if self.chunked:
            return self._read_chunked(amt)
        if amt is None:
            if self.length is None:
                s = self.fp.read()
            else:
                try:
                    s = self._safe_read(self.length)
                except IncompleteRead:
                    self.close()
                    raise
                self.length = 0
            self.close()
            return s
        if self.length is not None and amt > self.length:
            amt = self.length
        s = self.fp.read(amt)
        if not s and amt:
            self.close()
        if self.length is not None:
            self.length -= len(s)
            if not self.length:
                self.close()
        return s

    def _read_chunked(self, amt):
        parts = []
        left = self.chunk_left
        while True:
            if left is None:
                line = self.fp.readline(_MAXLINE + 1)
                if len(line) > _MAXLINE:
                    raise LineTooLong("chunk size")
                i = line.find(';')
                if i >= 0:
                    line = line[:i]
                try:
                    left = int(line, 16)
                except ValueError:
                    self.close()
                    raise IncompleteRead(''.join(parts))
                if left == 0:
                    break
            if amt is None:
                parts.append(self._safe_read(left))
            elif amt < left:
                parts.append(self._safe_read(amt))
                self.chunk_left = left - amt
                return ''.join(parts)
            elif amt == left:
                parts.append(self._safe_read(amt))
                self._safe_read(2)     # the CRLF after the chunk
                self.chunk_left = None
                return ''.join(parts)
            else:
                parts.append(self._safe_read(left))
                amt -= left
            self._safe_read(2)
            left = None
        # the trailer, up to its blank line
        while True:
            line = self.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong("trailer line")
            if not line or line == '\r\n':
                break
        self.close()
        return ''.join(parts)

    def _safe_read(self, amt):
        parts = []
        while amt > 0:
            chunk = self.fp.read(min(amt, 1048576))
            if not chunk:
                raise IncompleteRead(''.join(parts), amt)
            parts.append(chunk)
            amt -= len(chunk)
        return ''.join(parts)

    def fileno(self):
        return self.fp.fileno()

    def getheader(self, name, default=None):
        if self.msg is None:
            raise ResponseNotReady()
        return self.msg.getheader(name, default)

    def getheaders(self):
        if self.msg is None:
            raise ResponseNotReady()
        return self.msg.items()


class _Empty:
    def readline(self, *args):
        return ''


class _LinePushback:
    """A file that first gives back one line already read."""

    def __init__(self, line, fp):
        self._line = line
        self._fp = fp

    def read(self, amt=-1):
        head, self._line = self._line, ''
        if amt is None or amt < 0:
            return head + self._fp.read()
        if len(head) >= amt:
            self._line = head[amt:]
            return head[:amt]
        return head + self._fp.read(amt - len(head))

    def readline(self, limit=-1):
        if self._line:
            head, self._line = self._line, ''
            return head
        return self._fp.readline(limit)

    def close(self):
        self._fp.close()

    def fileno(self):
        return self._fp.fileno()


class HTTPConnection:
    """One connection to an HTTP server, used for a request at a time."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'

    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0
    strict = 0

    def __init__(self, host, port=None, strict=None,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None):
        self.timeout = timeout
        self.source_address = source_address
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = _CS_IDLE
        self._method = None
        self._tunnel_host = None
        self._tunnel_port = None
        self._tunnel_headers = {}
        if strict is not None:
            self.strict = strict
        (self.host, self.port) = self._get_hostport(host, port)

    def set_tunnel(self, host, port=None, headers=None):
        if self.sock:
            raise RuntimeError("Can't setup tunnel for established connection.")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        self._tunnel_headers = headers or {}

    def _get_hostport(self, host, port):
        if port is None:
            i = host.rfind(':')
            j = host.rfind(']')         # an IPv6 address is in brackets
            if i > j:
                try:
                    port = int(host[i + 1:])
                except ValueError:
                    if host[i + 1:] == "":
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[i + 1:])
                host = host[:i]
            else:
                port = self.default_port
            if host and host[0] == '[' and host[-1] == ']':
                host = host[1:-1]
        return (host, port)

    def set_debuglevel(self, level):
        self.debuglevel = level

    def _tunnel(self):
        self.send("CONNECT %s:%d HTTP/1.0\r\n" % (self._tunnel_host, self._tunnel_port))
        for header, value in self._tunnel_headers.iteritems():
            self.send("%s: %s\r\n" % (header, value))
        self.send("\r\n")
        response = self.response_class(self.sock, strict=self.strict, method=self._method)
        version, code, message = response._read_status()
        if version == "HTTP/0.9":
            # not an answer to CONNECT: probably no proxy there
            self.close()
            raise socket.error("Invalid response from tunnel request")
        if code != 200:
            self.close()
            raise socket.error("Tunnel connection failed: %d %s" % (code, message.strip()))
        while True:
            line = response.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong("header line")
            if not line or line == '\r\n':
                break

    def connect(self):
        """Opens the connection to (host, port)."""
        self.sock = socket.create_connection((self.host, self.port),
                                             self.timeout, self.source_address)
        if self._tunnel_host:
            self._tunnel()

    def close(self):
        """Closes the connection (and forgets any response not read)."""
        self.__state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self.__response
            if response:
                self.__response = None
                response.close()

    def send(self, data):
        """Sends data (a string, or a file-like object with read())."""
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if self.debuglevel > 0:
            print "send:", repr(data)
        if hasattr(data, 'read') and not isinstance(data, (list, tuple)):
            while True:
                block = data.read(8192)
                if not block:
                    break
                self.sock.sendall(block)
        else:
            self.sock.sendall(data)

    def _output(self, s):
        self._buffer.append(s)

    def _send_output(self, message_body=None):
        self._buffer.extend(("", ""))
        msg = "\r\n".join(self._buffer)
        del self._buffer[:]
        if isinstance(message_body, str):
            msg += message_body
            message_body = None
        self.send(msg)
        if message_body is not None:
            self.send(message_body)

    def putrequest(self, method, url, skip_host=0, skip_accept_encoding=0):
        """Starts a request: the request line (and Host, Accept-Encoding)."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state == _CS_IDLE:
            self.__state = _CS_REQ_STARTED
        else:
            raise CannotSendRequest()
        self._method = method
        if not url:
            url = '/'
        self._output('%s %s %s' % (method, url, self._http_vsn_str))
        if self._http_vsn == 11:
            if not skip_host:
                netloc = ''
                if url.startswith('http'):
                    nil, netloc, nil, nil, nil = urlsplit(url)
                if netloc:
                    try:
                        netloc_enc = netloc.encode("ascii")
                    except UnicodeEncodeError:
                        netloc_enc = netloc.encode("idna")
                    self.putheader('Host', netloc_enc)
                else:
                    host = self._tunnel_host or self.host
                    port = self._tunnel_port if self._tunnel_host else self.port
                    try:
                        host_enc = host.encode("ascii")
                    except UnicodeEncodeError:
                        host_enc = host.encode("idna")
                    if host_enc.find(':') >= 0:
                        host_enc = "[" + host_enc + "]"
                    if port == self.default_port:
                        self.putheader('Host', host_enc)
                    else:
                        self.putheader('Host', "%s:%s" % (host_enc, port))
            if not skip_accept_encoding:
                self.putheader('Accept-Encoding', 'identity')

    def putheader(self, header, *values):
        """Adds one header line; several values are joined as continuation lines."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        header = '%s' % header
        if not _legal_header_name(header):
            raise ValueError('Invalid header name %r' % (header,))
        values = [str(v) for v in values]
        for v in values:
            if _illegal_header_value(v):
                raise ValueError('Invalid header value %r' % (v,))
        self._output('%s: %s' % (header, '\r\n\t'.join(values)))

    def endheaders(self, message_body=None):
        """Ends the headers and sends them (with message_body, if given)."""
        if self.__state == _CS_REQ_STARTED:
            self.__state = _CS_REQ_SENT
        else:
            raise CannotSendHeader()
        self._send_output(message_body)

    def request(self, method, url, body=None, headers={}):
        """Sends a whole request."""
        names = dict.fromkeys([k.lower() for k in headers])
        skips = {}
        if 'host' in names:
            skips['skip_host'] = 1
        if 'accept-encoding' in names:
            skips['skip_accept_encoding'] = 1
        self.putrequest(method, url, **skips)
        if body is not None and 'content-length' not in names:
            self._set_content_length(body, method)
        elif body is None and method.upper() in ('POST', 'PUT', 'PATCH') \
                and 'content-length' not in names:
            self.putheader('Content-Length', '0')
        for hdr, value in headers.iteritems():
            self.putheader(hdr, value)
        self.endheaders(body)

    def _set_content_length(self, body, method):
        size = None
        try:
            size = str(len(body))
        except TypeError:
            try:
                import os
                try:
                    size = str(os.fstat(body.fileno()).st_size)
                except OSError:
                    # minipy's file objects may have no OS descriptor
                    size = str(os.stat(body.name).st_size)
            except (AttributeError, OSError):
                if self.debuglevel > 0:
                    print "Cannot stat!!"
        if size is not None:
            self.putheader('Content-Length', size)

    def getresponse(self, buffering=False):
        """Reads the response to the request sent."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_REQ_SENT or self.__response:
            raise ResponseNotReady()
        args = (self.sock,)
        kwds = {"strict": self.strict, "method": self._method}
        if self.debuglevel > 0:
            args += (self.debuglevel,)
        if buffering:
            kwds["buffering"] = True
        response = self.response_class(*args, **kwds)
        try:
            response.begin()
            self.__state = _CS_IDLE
            if response.will_close:
                self.close()
            else:
                self.__response = response
            return response
        except:
            response.close()
            raise


class HTTP:
    """The HTTP/1.0 interface of old Python (kept for old code)."""

    _http_vsn = 10
    _http_vsn_str = 'HTTP/1.0'
    debuglevel = 0
    _connection_class = HTTPConnection

    def __init__(self, host='', port=None, strict=None):
        if port == 0:
            port = None
        self._setup(self._connection_class(host, port, strict))

    def _setup(self, conn):
        self._conn = conn
        self.send = conn.send
        self.putrequest = conn.putrequest
        self.putheader = conn.putheader
        self.endheaders = conn.endheaders
        self.set_debuglevel = conn.set_debuglevel
        conn._http_vsn = self._http_vsn
        conn._http_vsn_str = self._http_vsn_str
        self.file = None

    def connect(self, host=None, port=None):
        if host is not None:
            (self._conn.host, self._conn.port) = self._conn._get_hostport(host, port)
        self._conn.connect()

    def getfile(self):
        return self.file

    def getreply(self, buffering=False):
        try:
            response = self._conn.getresponse(buffering) if buffering else self._conn.getresponse()
        except BadStatusLine, e:
            self.file = self._conn.sock.makefile('rb', 0)
            self.close()
            self.headers = None
            return -1, e.line, None
        self.headers = response.msg
        self.file = response.fp
        return response.status, response.reason, response.msg

    def close(self):
        self._conn.close()
        self.file = None


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        if self.expected is not None:
            e = ', %i more expected' % self.expected
        else:
            e = ''
        return 'IncompleteRead(%i bytes read%s)' % (len(self.partial), e)

    def __str__(self):
        return repr(self)


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s"
                               % (_MAXLINE, line_type))

error = HTTPException


class LineAndFileWrapper:
    """A file whose first line was already read (kept for 2.7 compatibility)."""

    def __init__(self, line, file):
        self._w = _LinePushback(line, file)
        self._file = file

    def __getattr__(self, attr):
        return getattr(self._file, attr)

    def read(self, amt=None):
        return self._w.read(-1 if amt is None else amt)

    def readline(self):
        return self._w.readline()

    def readlines(self, size=None):
        out = []
        while True:
            l = self.readline()
            if not l:
                return out
            out.append(l)
