"""RFC 822 messages: a header block read from a file, with the older
address and date helpers (superseded by the email package)."""

import time
from warnings import warnpy3k

warnpy3k("in 3.x, rfc822 has been removed in favor of the email package",
         stacklevel=2)

from email import _parseaddr as _addr

__all__ = ["Message", "AddressList", "parsedate", "parsedate_tz", "mktime_tz"]

_blanklines = ('\r\n', '\n')


class Message:
    """The headers of a message read from fp, which is left at the start
    of the body.  Header names are looked up case-insensitively; self.dict
    maps lower-cased names to their (last) values, self.headers keeps the
    raw lines."""

    def __init__(self, fp, seekable=1):
        if seekable == 1:
            try:
                fp.tell()
            except (AttributeError, IOError):
                seekable = 0
        self.fp = fp
        self.seekable = seekable
        self.startofheaders = None
        self.startofbody = None
        if self.seekable:
            try:
                self.startofheaders = self.fp.tell()
            except IOError:
                self.seekable = 0
        self.readheaders()
        if self.seekable:
            try:
                self.startofbody = self.fp.tell()
            except IOError:
                self.seekable = 0

    def rewindbody(self):
        if not self.seekable:
            raise IOError("unseekable file")
        self.fp.seek(self.startofbody)

    def readheaders(self):
        """Reads header lines up to a blank line (or a line that is not a
        header, which is pushed back when the file allows it)."""
        self.dict = {}
        self.unixfrom = ''
        self.headers = lines = []
        self.status = ''
        current = ''
        first = True
        unread = tell = None
        if hasattr(self.fp, 'unread'):
            unread = self.fp.unread
        elif self.seekable:
            tell = self.fp.tell
        while True:
            start = None
            if tell:
                try:
                    start = tell()
                except IOError:
                    tell = None
                    self.seekable = 0
            line = self.fp.readline()
            if not line:
                self.status = 'EOF in headers'
                break
            if first and line.startswith('From '):
                self.unixfrom += line
                continue
            first = False
            if current and line[0] in ' \t':
                # A continuation line.
                lines.append(line)
                self.dict[current] = (self.dict[current] + "\n " + line.strip()).strip()
                continue
            if self.iscomment(line):
                continue
            if self.islast(line):
                break
            current = self.isheader(line)
            if current:
                lines.append(line)
                self.dict[current] = line[len(current) + 1:].strip()
                continue
            if current is not None:
                # isheader accepted the line but gave no name: skip it.
                continue
            if self.dict:
                self.status = 'Non-header line where header expected'
            else:
                self.status = 'No headers'
            if unread:
                unread(line)
            elif tell:
                self.fp.seek(start)
            else:
                self.status += '; bad seek'
            break

    def isheader(self, line):
        """The lower-cased header name of line, or None."""
        colon = line.find(':')
        if colon > -1:
            return line[:colon].lower()
        return None

    def islast(self, line):
        return line in _blanklines

    def iscomment(self, line):
        return False

    def _matching(self, name, first_only):
        # Indexes of the raw lines of header `name` (with continuations).
        prefix = name.lower() + ':'
        found = []
        inside = False
        for index, line in enumerate(self.headers):
            if line[:len(prefix)].lower() == prefix:
                if first_only and found:
                    break
                inside = True
            elif not line[:1].isspace():
                if first_only and found:
                    break
                inside = False
            if inside:
                found.append(index)
        return found

    def getallmatchingheaders(self, name):
        return [self.headers[i] for i in self._matching(name, False)]

    def getfirstmatchingheader(self, name):
        return [self.headers[i] for i in self._matching(name, True)]

    def getrawheader(self, name):
        lines = self.getfirstmatchingheader(name)
        if not lines:
            return None
        lines[0] = lines[0][len(name) + 1:]
        return ''.join(lines)

    def getheader(self, name, default=None):
        return self.dict.get(name.lower(), default)

    get = getheader

    def getheaders(self, name):
        """Every value of header name (continuations joined)."""
        values = []
        for line in self.getallmatchingheaders(name):
            if line[0].isspace():
                if values and values[-1]:
                    values[-1] = "%s\n %s" % (values[-1], line.strip())
                elif values:
                    values[-1] = line.strip()
            else:
                values.append(line[line.find(':') + 1:].strip())
        return values

    def getaddr(self, name):
        """(name, address) of the first address of a header, or
        (None, None)."""
        found = self.getaddrlist(name)
        if found:
            return found[0]
        return None, None

    def getaddrlist(self, name):
        raw = []
        for line in self.getallmatchingheaders(name):
            if line[0] in ' \t':
                raw.append(line)
            else:
                if raw:
                    raw.append(', ')
                colon = line.find(':')
                if colon > 0:
                    addr = line[colon + 1:]
                raw.append(addr)
        return AddressList(''.join(raw)).addresslist

    def getdate(self, name):
        try:
            data = self[name]
        except KeyError:
            return None
        return parsedate(data)

    def getdate_tz(self, name):
        try:
            data = self[name]
        except KeyError:
            return None
        return parsedate_tz(data)

    def __len__(self):
        return len(self.dict)

    def __getitem__(self, name):
        return self.dict[name.lower()]

    def _append_lines(self, name, value):
        for line in (name + ": " + value).split("\n"):
            self.headers.append(line + "\n")

    def __setitem__(self, name, value):
        del self[name]
        self.dict[name.lower()] = value
        self._append_lines(name, value)

    def __delitem__(self, name):
        if name.lower() not in self.dict:
            return
        del self.dict[name.lower()]
        for index in reversed(self._matching(name, False)):
            del self.headers[index]

    def setdefault(self, name, default=""):
        key = name.lower()
        if key in self.dict:
            return self.dict[key]
        self._append_lines(name, default)
        self.dict[key] = default
        return default

    def has_key(self, name):
        return name.lower() in self.dict

    def __contains__(self, name):
        return name.lower() in self.dict

    def __iter__(self):
        return iter(self.dict)

    def keys(self):
        return self.dict.keys()

    def values(self):
        return self.dict.values()

    def items(self):
        return self.dict.items()

    def __str__(self):
        return ''.join(self.headers)


def unquote(s):
    """s without surrounding double quotes or angle brackets."""
    if len(s) > 1:
        if s[0] == '"' and s[-1] == '"':
            return s[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if s[0] == '<' and s[-1] == '>':
            return s[1:-1]
    return s


quote = _addr.quote


def parseaddr(address):
    found = AddressList(address).addresslist
    if not found:
        return None, None
    return found[0]


class AddrlistClass(_addr.AddrlistClass):
    _old_rules = True


class AddressList(_addr.AddressList):
    _old_rules = True

    def __str__(self):
        return ", ".join(map(dump_address_pair, self.addresslist))

    def __add__(self, other):
        combined = AddressList(None)
        combined.addresslist = self.addresslist[:]
        combined += other
        return combined

    def __sub__(self, other):
        left = AddressList(None)
        left.addresslist = [p for p in self.addresslist
                            if p not in other.addresslist]
        return left


def dump_address_pair(pair):
    """'"name" <address>', or the bare address without a name."""
    if pair[0]:
        return '"' + pair[0] + '" <' + pair[1] + '>'
    return pair[1]


_monthnames = _addr._monthnames
_daynames = _addr._daynames
_timezones = _addr._timezones


def parsedate_tz(data):
    if not data:
        return None
    return _addr._parse_date(data, True)


def parsedate(data):
    parsed = parsedate_tz(data)
    if parsed is None:
        return None
    return parsed[:9]


def mktime_tz(data):
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    return time.mktime(data[:8] + (0,)) - data[9] - time.timezone


def formatdate(timeval=None):
    """An RFC 822 date in GMT."""
    if timeval is None:
        timeval = time.time()
    t = time.gmtime(timeval)
    return "%s, %02d %s %04d %02d:%02d:%02d GMT" % (
        ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[t[6]], t[2],
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
         "Oct", "Nov", "Dec")[t[1] - 1], t[0], t[3], t[4], t[5])
