"""The Message class: headers (an ordered list of name/value pairs) and a
payload (a string, or a list of sub-messages for multipart)."""

__all__ = ['Message']

import re
import uu
import binascii
from cStringIO import StringIO

import email.charset
from email import utils
from email import errors

SEMISPACE = '; '

# A parameter value holding one of these has to be quoted.
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _splitparam(param):
    # ('type/subtype', 'rest of the parameters' or None)
    head, sep, tail = param.partition(';')
    if not sep:
        return head.strip(), None
    return head.strip(), tail.strip()


def _formatparam(param, value=None, quote=True):
    """'name=value' for a header parameter (a tuple value is RFC 2231
    encoded as name*=charset'lang'text)."""
    if value is None or len(value) == 0:
        return param
    if isinstance(value, tuple):
        param += '*'
        value = utils.encode_rfc2231(value[2], value[0], value[1])
    if quote or tspecials.search(value):
        return '%s="%s"' % (param, utils.quote(value))
    return '%s=%s' % (param, value)


def _parseparam(s):
    # Splits ';a=1; b="x;y"' into ['a=1', 'b="x;y"'], names lower-cased.
    found = []
    while s[:1] == ';':
        s = s[1:]
        end = s.find(';')
        # A ';' inside a quoted string does not count.
        while end > 0 and (s.count('"', 0, end) - s.count('\\"', 0, end)) % 2:
            end = s.find(';', end + 1)
        if end < 0:
            end = len(s)
        item = s[:end]
        if '=' in item:
            eq = item.index('=')
            item = item[:eq].strip().lower() + '=' + item[eq + 1:].strip()
        found.append(item.strip())
        s = s[end:]
    return found


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


class Message:
    """A message or a part of one.  Header access is case-insensitive and
    keeps duplicates in order; msg[name] gives the first."""

    def __init__(self):
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string(unixfrom=True)

    def as_string(self, unixfrom=False):
        from email.generator import Generator
        out = StringIO()
        Generator(out).flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        """Adds a sub-message to the payload list."""
        if self._payload is None:
            self._payload = [payload]
        else:
            self._payload.append(payload)

    def get_payload(self, i=None, decode=False):
        """The payload, or its i-th part.  With decode, the body decoded
        per Content-Transfer-Encoding (None for a multipart)."""
        if i is None:
            payload = self._payload
        elif not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        else:
            payload = self._payload[i]
        if not decode:
            return payload
        if self.is_multipart():
            return None
        cte = self.get('content-transfer-encoding', '').lower()
        if cte == 'quoted-printable':
            return utils._qdecode(payload)
        if cte == 'base64':
            try:
                return utils._bdecode(payload)
            except binascii.Error:
                return payload
        if cte in ('x-uuencode', 'uuencode', 'uue', 'x-uue'):
            out = StringIO()
            try:
                uu.decode(StringIO(payload + '\n'), out, quiet=True)
            except uu.Error:
                return payload
            return out.getvalue()
        return payload

    def set_payload(self, payload, charset=None):
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Sets the charset parameter (adding MIME-Version and Content-Type
        as needed) and encodes the payload as the charset wants."""
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        if isinstance(charset, basestring):
            charset = email.charset.Charset(charset)
        if not isinstance(charset, email.charset.Charset):
            raise TypeError(charset)
        self._charset = charset
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain',
                            charset=charset.get_output_charset())
        else:
            self.set_param('charset', charset.get_output_charset())
        if isinstance(self._payload, unicode):
            self._payload = self._payload.encode(charset.output_charset)
        if str(charset) != charset.get_output_charset():
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' not in self:
            cte = charset.get_body_encoding()
            if callable(cte):
                cte(self)
            else:
                self._payload = charset.body_encode(self._payload)
                self.add_header('Content-Transfer-Encoding', cte)

    def get_charset(self):
        return self._charset

    # Mapping-like access to the headers.

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        # Appends: a header set twice appears twice.
        self._headers.append((name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers
                         if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return True
        return False

    def has_key(self, name):
        return name in self

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return self._headers[:]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        found = [v for k, v in self._headers if k.lower() == name]
        return found or failobj

    def add_header(self, _name, _value, **_params):
        """Adds a header with keyword parameters (underscores in their
        names become dashes; a None value gives a bare name)."""
        parts = []
        for key, value in _params.items():
            key = key.replace('_', '-')
            if value is None:
                parts.append(key)
            else:
                parts.append(_formatparam(key, value))
        if _value is not None:
            parts.insert(0, _value)
        self._headers.append((_name, SEMISPACE.join(parts)))

    def replace_header(self, _name, _value):
        """Replaces the first header of that name, keeping its place."""
        wanted = _name.lower()
        for index, (k, v) in enumerate(self._headers):
            if k.lower() == wanted:
                self._headers[index] = (k, _value)
                return
        raise KeyError(wanted)

    # Content-Type and its parameters.

    def get_content_type(self):
        missing = object()
        value = self.get('content-type', missing)
        if value is missing:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        # RFC 2045: an invalid type means text/plain.
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        params = []
        for item in _parseparam(';' + value):
            if '=' in item:
                name, val = item.split('=', 1)
                params.append((name.strip(), val.strip()))
            else:
                params.append((item.strip(), ''))
        return utils.decode_params(params)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """[(name, value)] of a header's parameters, its main value first
        (with value '')."""
        missing = object()
        params = self._get_params_preserve(missing, header)
        if params is missing:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type',
                  unquote=True):
        if header not in self:
            return failobj
        param = param.lower()
        for key, value in self._get_params_preserve(failobj, header):
            if key.lower() == param:
                return _unquotevalue(value) if unquote else value
        return failobj

    def _rebuild(self, header, pairs, requote):
        text = ''
        for key, value in pairs:
            piece = _formatparam(key, value, requote)
            text = piece if not text else SEMISPACE.join([text, piece])
        return text

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language=''):
        """Sets (or adds) a parameter; with charset, RFC 2231 encoded."""
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            ctype = 'text/plain'
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            piece = _formatparam(param, value, requote)
            ctype = SEMISPACE.join([ctype, piece]) if ctype else piece
        else:
            pairs = []
            for key, old in self.get_params(header=header, unquote=requote):
                if key.lower() == param.lower():
                    pairs.append((param, value))
                else:
                    pairs.append((key, old))
            ctype = self._rebuild(header, pairs, requote)
        if ctype != self.get(header):
            del self[header]
            self[header] = ctype

    def del_param(self, param, header='content-type', requote=True):
        if header not in self:
            return
        pairs = [(k, v) for k, v in self.get_params(header=header,
                                                    unquote=requote)
                 if k.lower() != param.lower()]
        text = self._rebuild(header, pairs, requote)
        if text != self.get(header):
            del self[header]
            self[header] = text

    def set_type(self, type, header='Content-Type', requote=True):
        """Replaces the main value of Content-Type (or header), keeping
        its parameters."""
        if type.count('/') != 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for key, value in params[1:]:
            self.set_param(key, value, header, requote)

    def get_filename(self, failobj=None):
        """Content-Disposition's filename, else Content-Type's name."""
        missing = object()
        name = self.get_param('filename', missing, 'content-disposition')
        if name is missing:
            name = self.get_param('name', missing, 'content-type')
        if name is missing:
            return failobj
        return utils.collapse_rfc2231_value(name).strip()

    def get_boundary(self, failobj=None):
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        """Sets the boundary parameter in place (the header keeps its
        position among the others)."""
        missing = object()
        params = self._get_params_preserve(missing, 'content-type')
        if params is missing:
            raise errors.HeaderParseError('No Content-Type header found')
        quoted = '"%s"' % boundary
        updated = []
        seen = False
        for key, value in params:
            if key.lower() == 'boundary':
                updated.append(('boundary', quoted))
                seen = True
            else:
                updated.append((key, value))
        if not seen:
            updated.append(('boundary', quoted))
        text = SEMISPACE.join([k if v == '' else '%s=%s' % (k, v)
                               for k, v in updated])
        self._headers = [(h, text if h.lower() == 'content-type' else v)
                         for h, v in self._headers]

    def get_content_charset(self, failobj=None):
        """The charset parameter, lower-cased (failobj when absent or not
        ASCII)."""
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            try:
                charset = unicode(charset[2], charset[0] or 'us-ascii').encode('us-ascii')
            except (LookupError, UnicodeError):
                charset = charset[2]
        try:
            if isinstance(charset, str):
                charset = unicode(charset, 'us-ascii')
            charset = charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    from email.iterators import walk
