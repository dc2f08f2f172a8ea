r"""HTTP cookie state (Python 2.7's Cookie module).

A cookie object is a dict of Morsels, one per cookie name; a Morsel holds
the value, its encoded form and the standard attributes:

    >>> import Cookie
    >>> jar = Cookie.SimpleCookie()
    >>> jar['session'] = 'a1b2'
    >>> jar['session']['path'] = '/app'
    >>> print jar
    Set-Cookie: session=a1b2; Path=/app
    >>> jar.load('theme="dark blue"; lang=en')
    >>> sorted(jar.keys())
    ['lang', 'session', 'theme']
    >>> jar['theme'].value
    'dark blue'
    >>> print jar.output(header='Cookie:', sep='; ')
    Cookie: lang=en; Cookie: session=a1b2; Path=/app; Cookie: theme="dark blue"

Values that are not plain tokens are quoted, with octal escapes:

    >>> jar = Cookie.SimpleCookie()
    >>> jar['odd'] = 'semi;colon'
    >>> jar.output()
    'Set-Cookie: odd="semi\\073colon"'

SmartCookie (also called Cookie) pickles values that are not strings; it
warns that loading pickles from a client is unsafe:

    >>> smart = Cookie.SmartCookie()
    >>> smart['count'] = 7
    >>> smart['count'].value + 1
    8
    >>> smart['name'] = 'plain'
    >>> smart['name'].coded_value
    'plain'
"""

import re
import string

__all__ = ["CookieError", "BaseCookie", "SimpleCookie", "SerialCookie",
           "SmartCookie", "Cookie"]


class CookieError(Exception):
    pass


# ---- quoting ----

_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_legal_set = frozenset(_LegalChars)
_idmap = ''.join(chr(x) for x in range(256))


def _escape_table():
    table = {}
    for code in range(256):
        c = chr(code)
        if code < 32 or code >= 127:
            table[c] = '\\%03o' % code
    table['"'] = '\\"'
    table['\\'] = '\\\\'
    table[','] = '\\054'
    table[';'] = '\\073'
    return table


_Translator = _escape_table()


def _quote(text, LegalChars=_LegalChars):
    """text unchanged when it is all legal characters, else in double
    quotes with the awkward characters escaped."""
    legal = _legal_set if LegalChars is _LegalChars else frozenset(LegalChars)
    for c in text:
        if c not in legal:
            break
    else:
        return text
    return '"' + ''.join([_Translator.get(c, c) for c in text]) + '"'


_OctalPatt = re.compile(r"\\[0-3][0-7][0-7]")
_QuotePatt = re.compile(r"[\\].")
_escape_any = re.compile(r"\\(?:([0-3][0-7][0-7])|(.))")


def _unquote(text):
    """The inverse of _quote: strip the double quotes and undo escapes
    (backslash-octal triples, and backslash before any other character)."""
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return text
    inner = text[1:-1]

    def undo(m):
        if m.group(1):
            return chr(int(m.group(1), 8))
        return m.group(2)
    return _escape_any.sub(undo, inner)


_weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
              'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    """The date `future` seconds from now, as cookies write it."""
    from time import gmtime, time
    t = gmtime(time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        weekdayname[t[6]], t[2], monthname[t[1]], t[0], t[3], t[4], t[5])


# ---- one cookie ----

class Morsel(dict):
    """One cookie: key, value, coded_value, plus its attributes as the
    dict's items (every attribute present, empty until set)."""

    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "secure",
        "httponly": "httponly",
        "version": "Version",
    }
    _flags = set(['secure', 'httponly'])

    def __init__(self):
        self.key = self.value = self.coded_value = None
        for name in self._reserved:
            dict.__setitem__(self, name, "")

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError("Invalid Attribute %s" % K)
        dict.__setitem__(self, K, V)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val, LegalChars=_LegalChars,
            idmap=_idmap, translate=string.translate):
        if key.lower() in self._reserved:
            raise CookieError("Attempt to set a reserved key: %s" % key)
        if translate(key, idmap, LegalChars) != "":
            raise CookieError("Illegal key value: %s" % key)
        self.key = key
        self.value = val
        self.coded_value = coded_val

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s=%s>' % (self.__class__.__name__, self.key, repr(self.value))

    def js_output(self, attrs=None):
        return """
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = \"%s\";
        // end hiding -->
        </script>
        """ % (self.OutputString(attrs).replace('"', r'\"'),)

    def OutputString(self, attrs=None):
        parts = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for name, value in sorted(self.items()):
            if value == "" or name not in attrs:
                continue
            label = self._reserved[name]
            if name == "expires" and type(value) is int:
                parts.append("%s=%s" % (label, _getdate(value)))
            elif name == "max-age" and type(value) is int:
                parts.append("%s=%d" % (label, value))
            elif name in self._flags:
                parts.append(str(label))
            else:
                parts.append("%s=%s" % (label, value))
        return "; ".join(parts)


# ---- parsing "k=v; attr=v; flag; ..." ----

_KEY_CHARS = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_VALUE_CHARS = _KEY_CHARS + r"\[\]"
_QUOTED = r'"(?:[^\\"]|\\.)*"'
_EXPIRES_DATE = r"\w{3},\s[\s\w\d-]{9,11}\s[\d:]{8}\sGMT"
_CookiePattern = re.compile(
    r"\s*(?P<key>[" + _KEY_CHARS + r"]+?)"
    r"(\s*=\s*(?P<val>" + _QUOTED + "|" + _EXPIRES_DATE + "|[" + _VALUE_CHARS + r"]*))?"
    r"\s*(\s+|;|$)")


class BaseCookie(dict):
    """A dict of Morsels with no value encoding of its own (subclasses
    define value_decode/value_encode)."""

    def value_decode(self, val):
        return val, val

    def value_encode(self, val):
        strval = str(val)
        return strval, strval

    def __init__(self, input=None):
        if input:
            self.load(input)

    def __set(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            # a ready Morsel goes in as is (unpickling relies on it)
            dict.__setitem__(self, key, value)
            return
        rval, cval = self.value_encode(value)
        self.__set(key, rval, cval)

    def output(self, attrs=None, header="Set-Cookie:", sep="\015\012"):
        return sep.join([m.output(attrs, header) for _, m in sorted(self.items())])

    __str__ = output

    def __repr__(self):
        inner = ' '.join(['%s=%s' % (k, repr(m.value)) for k, m in sorted(self.items())])
        return '<%s: %s>' % (self.__class__.__name__, inner)

    def js_output(self, attrs=None):
        return "".join([m.js_output(attrs) for _, m in sorted(self.items())])

    def load(self, rawdata):
        """Read cookies from an HTTP header string, or from a dict of
        name -> value."""
        if type(rawdata) is str:
            self.__ParseString(rawdata)
        else:
            for k, v in rawdata.items():
                self[k] = v

    def __ParseString(self, text, patt=_CookiePattern):
        i = 0
        n = len(text)
        current = None
        while 0 <= i < n:
            m = patt.match(text, i)
            if not m:
                break
            key, value = m.group("key"), m.group("val")
            i = m.end(0)
            if key[0] == "$":
                # "$Path" and friends belong to the cookie before them
                if current:
                    current[key[1:]] = value
            elif key.lower() in Morsel._reserved:
                if current:
                    if value is None:
                        if key.lower() in Morsel._flags:
                            current[key] = True
                    else:
                        current[key] = _unquote(value)
            elif value is not None:
                rval, cval = self.value_decode(value)
                self.__set(key, rval, cval)
                current = self[key]


class SimpleCookie(BaseCookie):
    """Values are strings, quoted when needed."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        strval = str(val)
        return strval, _quote(strval)


def _insecure(name):
    import warnings
    warnings.warn("%s class is insecure; do not use it" % name,
                  DeprecationWarning, stacklevel=3)


class SerialCookie(BaseCookie):
    """Values are pickled (unsafe with untrusted input)."""

    def __init__(self, input=None):
        _insecure("SerialCookie")
        BaseCookie.__init__(self, input)

    def value_decode(self, val):
        from cPickle import loads
        return loads(_unquote(val)), val

    def value_encode(self, val):
        from cPickle import dumps
        return val, _quote(dumps(val))


class SmartCookie(BaseCookie):
    """Strings stay strings, other values are pickled (unsafe with
    untrusted input)."""

    def __init__(self, input=None):
        _insecure("Cookie/SmartCookie")
        BaseCookie.__init__(self, input)

    def value_decode(self, val):
        strval = _unquote(val)
        from cPickle import loads
        try:
            return loads(strval), val
        except Exception:
            return strval, val

    def value_encode(self, val):
        if type(val) is str:
            return val, _quote(val)
        from cPickle import dumps
        return val, _quote(dumps(val))


Cookie = SmartCookie
