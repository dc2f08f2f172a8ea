"""Apple XML property lists (Python 2.7's plistlib).

readPlist/readPlistFromString turn a plist into Python values (dicts,
lists, str or unicode, int, float, bool, datetime, Data); writePlist and
writePlistToString write them back in Apple's layout (tab indentation,
sorted keys, base64 data blocks).

The XML reading here is a small reader for the plist subset (elements,
text, character references, comments, CDATA, the prolog), so plistlib does
not depend on an expat module."""

import binascii
import datetime
import re

__all__ = ["readPlist", "writePlist", "readPlistFromString", "writePlistToString",
           "readPlistFromResource", "writePlistToResource",
           "Plist", "Data", "Dict"]


def readPlist(pathOrFile):
    """The value stored in a plist file (a path or a readable file)."""
    if isinstance(pathOrFile, (str, unicode)):
        with open(pathOrFile) as f:
            return PlistParser().parse(f)
    return PlistParser().parse(pathOrFile)


def writePlist(rootObject, pathOrFile):
    """Write rootObject as a plist to a path or a writable file."""
    if isinstance(pathOrFile, (str, unicode)):
        with open(pathOrFile, "w") as f:
            _write_to(rootObject, f)
    else:
        _write_to(rootObject, pathOrFile)


def _write_to(rootObject, f):
    writer = PlistWriter(f)
    writer.writeln("<plist version=\"1.0\">")
    writer.writeValue(rootObject)
    writer.writeln("</plist>")


class _Sink(object):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def readPlistFromString(data):
    return PlistParser().parse(_Source(data))


def writePlistToString(rootObject):
    sink = _Sink()
    _write_to(rootObject, sink)
    return ''.join(sink.parts)


def readPlistFromResource(path, restype='plst', resid=0):
    raise NotImplementedError("Mac OS resource forks are not supported")


def writePlistToResource(rootObject, path, restype='plst', resid=0):
    raise NotImplementedError("Mac OS resource forks are not supported")


class _Source(object):
    def __init__(self, data):
        self.data = data

    def read(self):
        return self.data


# ---- writing ----

class DumbXMLWriter:
    """Indented elements, one per line."""

    def __init__(self, file, indentLevel=0, indent="\t"):
        self.file = file
        self.stack = []
        self.indentLevel = indentLevel
        self.indent = indent

    def beginElement(self, element):
        self.stack.append(element)
        self.writeln("<%s>" % element)
        self.indentLevel += 1

    def endElement(self, element):
        assert self.indentLevel > 0
        assert self.stack.pop() == element
        self.indentLevel -= 1
        self.writeln("</%s>" % element)

    def simpleElement(self, element, value=None):
        if value is None:
            self.writeln("<%s/>" % element)
        else:
            self.writeln("<%s>%s</%s>" % (element, _escapeAndEncode(value), element))

    def writeln(self, line):
        if line:
            self.file.write(self.indentLevel * self.indent + line + "\n")
        else:
            self.file.write("\n")


# XML 1.0 allows no control characters but tab, newline and carriage return
_controlCharPat = re.compile(
    r"[\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f"
    r"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f]")


def _escapeAndEncode(text):
    if _controlCharPat.search(text) is not None:
        raise ValueError("strings can't contains control characters; "
                         "use plistlib.Data instead")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.encode("utf-8")


PLISTHEADER = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
"""


def _dateToString(d):
    return '%04d-%02d-%02dT%02d:%02d:%02dZ' % (
        d.year, d.month, d.day, d.hour, d.minute, d.second)


_dateParser = re.compile(
    r"(?P<year>\d\d\d\d)(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)"
    r"(?:T(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?)?)?)?Z")


def _dateFromString(s):
    fields = _dateParser.match(s).groupdict()
    parts = []
    for name in ('year', 'month', 'day', 'hour', 'minute', 'second'):
        if fields[name] is None:
            break
        parts.append(int(fields[name]))
    return datetime.datetime(*parts)


class PlistWriter(DumbXMLWriter):

    def __init__(self, file, indentLevel=0, indent="\t", writeHeader=1):
        if writeHeader:
            file.write(PLISTHEADER)
        DumbXMLWriter.__init__(self, file, indentLevel, indent)

    def writeValue(self, value):
        if isinstance(value, (str, unicode)):
            self.simpleElement("string", value)
        elif isinstance(value, bool):
            self.simpleElement("true" if value else "false")
        elif isinstance(value, (int, long)):
            self.simpleElement("integer", "%d" % value)
        elif isinstance(value, float):
            self.simpleElement("real", repr(value))
        elif isinstance(value, dict):
            self.writeDict(value)
        elif isinstance(value, Data):
            self.writeData(value)
        elif isinstance(value, datetime.datetime):
            self.simpleElement("date", _dateToString(value))
        elif isinstance(value, (tuple, list)):
            self.writeArray(value)
        else:
            # (sic: 2.7 spells it so)
            raise TypeError("unsuported type: %s" % type(value))

    def writeData(self, data):
        self.beginElement("data")
        self.indentLevel -= 1
        # lines shrink with the indentation (tabs counted as 8 columns)
        width = max(16, 76 - len(self.indent.replace("\t", " " * 8) * self.indentLevel))
        for line in data.asBase64(width).split("\n"):
            if line:
                self.writeln(line)
        self.indentLevel += 1
        self.endElement("data")

    def writeDict(self, d):
        self.beginElement("dict")
        for key, value in sorted(d.items()):
            if not isinstance(key, (str, unicode)):
                raise TypeError("keys must be strings")
            self.simpleElement("key", key)
            self.writeValue(value)
        self.endElement("dict")

    def writeArray(self, array):
        self.beginElement("array")
        for value in array:
            self.writeValue(value)
        self.endElement("array")


# ---- values ----

class _InternalDict(dict):
    """Parsed dicts: attribute access still works, with a warning."""

    def __getattr__(self, attr):
        try:
            value = self[attr]
        except KeyError:
            raise AttributeError(attr)
        from warnings import warn
        warn("Attribute access from plist dicts is deprecated, use d[key] "
             "notation instead", DeprecationWarning, 2)
        return value

    def __setattr__(self, attr, value):
        from warnings import warn
        warn("Attribute access from plist dicts is deprecated, use d[key] "
             "notation instead", DeprecationWarning, 2)
        self[attr] = value

    def __delattr__(self, attr):
        try:
            del self[attr]
        except KeyError:
            raise AttributeError(attr)
        from warnings import warn
        warn("Attribute access from plist dicts is deprecated, use d[key] "
             "notation instead", DeprecationWarning, 2)


class Dict(_InternalDict):

    def __init__(self, **kwargs):
        from warnings import warn
        warn("The plistlib.Dict class is deprecated, use builtin dict instead",
             DeprecationWarning, 2)
        super(Dict, self).__init__(**kwargs)


class Plist(_InternalDict):
    """The old object interface: a dict that reads and writes itself."""

    def __init__(self, **kwargs):
        from warnings import warn
        warn("The Plist class is deprecated, use the readPlist() and "
             "writePlist() functions instead", DeprecationWarning, 2)
        super(Plist, self).__init__(**kwargs)

    def fromFile(cls, pathOrFile):
        root = readPlist(pathOrFile)
        plist = cls()
        plist.update(root)
        return plist
    fromFile = classmethod(fromFile)

    def write(self, pathOrFile):
        writePlist(self, pathOrFile)


def _encodeBase64(s, maxlinelength=76):
    # each line holds a whole number of 3-byte groups
    chunk = (maxlinelength // 4) * 3
    return "".join([binascii.b2a_base64(s[i:i + chunk]) for i in range(0, len(s), chunk)])


class Data:
    """Binary data, written as base64 in a <data> element."""

    def __init__(self, data):
        self.data = data

    def fromBase64(cls, data):
        return cls(binascii.a2b_base64(data))
    fromBase64 = classmethod(fromBase64)

    def asBase64(self, maxlinelength=76):
        return _encodeBase64(self.data, maxlinelength)

    def __cmp__(self, other):
        if isinstance(other, self.__class__):
            return cmp(self.data, other.data)
        if isinstance(other, str):
            return cmp(self.data, other)
        return cmp(id(self), id(other))

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, repr(self.data))


# ---- reading ----

_ENTITIES = {'lt': u'<', 'gt': u'>', 'amp': u'&', 'quot': u'"', 'apos': u"'"}
_ref_pat = re.compile(r'&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);')
_name_pat = re.compile(r'[A-Za-z_:][-A-Za-z0-9_:.]*')


def _expand_refs(text):
    def one(m):
        ref = m.group(1)
        if ref.startswith('#x'):
            return unichr(int(ref[2:], 16))
        if ref.startswith('#'):
            return unichr(int(ref[1:]))
        try:
            return _ENTITIES[ref]
        except KeyError:
            raise ValueError('undefined entity &%s;' % ref)
    if '&' not in text:
        return text
    return _ref_pat.sub(one, text)


def _xml_events(text):
    """(kind, value) events of an XML document: ('start', name),
    ('end', name) and ('text', unicode)."""
    i = 0
    n = len(text)
    while i < n:
        lt = text.find(u'<', i)
        if lt < 0:
            yield 'text', _expand_refs(text[i:])
            return
        if lt > i:
            yield 'text', _expand_refs(text[i:lt])
        if text.startswith(u'<!--', lt):
            end = text.find(u'-->', lt + 4)
            if end < 0:
                raise ValueError('unclosed comment')
            i = end + 3
        elif text.startswith(u'<![CDATA[', lt):
            end = text.find(u']]>', lt + 9)
            if end < 0:
                raise ValueError('unclosed CDATA section')
            yield 'text', text[lt + 9:end]
            i = end + 3
        elif text.startswith(u'<?', lt):
            end = text.find(u'?>', lt + 2)
            if end < 0:
                raise ValueError('unclosed processing instruction')
            i = end + 2
        elif text.startswith(u'<!', lt):
            # a DOCTYPE, perhaps with an internal subset in brackets
            depth = 0
            j = lt + 2
            while j < n:
                c = text[j]
                if c == u'[':
                    depth += 1
                elif c == u']':
                    depth -= 1
                elif c == u'>' and depth <= 0:
                    break
                j += 1
            else:
                raise ValueError('unclosed declaration')
            i = j + 1
        elif text.startswith(u'</', lt):
            end = text.find(u'>', lt)
            if end < 0:
                raise ValueError('unclosed end tag')
            yield 'end', text[lt + 2:end].strip()
            i = end + 1
        else:
            end = text.find(u'>', lt)
            if end < 0:
                raise ValueError('unclosed start tag')
            body = text[lt + 1:end]
            empty = body.endswith(u'/')
            if empty:
                body = body[:-1]
            m = _name_pat.match(body)
            if m is None:
                raise ValueError('not well-formed (invalid token)')
            yield 'start', m.group(0)
            if empty:
                yield 'end', m.group(0)
            i = end + 1


class PlistParser:
    """Builds the values from the element events, as the expat-driven
    parser of CPython does."""

    def __init__(self):
        self.stack = []
        self.currentKey = None
        self.root = None
        self.data = []

    def parse(self, fileobj):
        data = fileobj.read()
        if isinstance(data, str):
            data = data.decode('utf-8')
        open_tags = []
        for kind, value in _xml_events(data):
            if kind == 'start':
                open_tags.append(value)
                self.handleBeginElement(value, {})
            elif kind == 'end':
                if not open_tags or open_tags.pop() != value:
                    raise ValueError('mismatched tag')
                self.handleEndElement(value)
            else:
                self.handleData(value)
        return self.root

    def handleBeginElement(self, element, attrs):
        self.data = []
        handler = getattr(self, "begin_" + element, None)
        if handler is not None:
            handler(attrs)

    def handleEndElement(self, element):
        handler = getattr(self, "end_" + element, None)
        if handler is not None:
            handler()

    def handleData(self, data):
        self.data.append(data)

    def addObject(self, value):
        if self.currentKey is not None:
            self.stack[-1][self.currentKey] = value
            self.currentKey = None
        elif not self.stack:
            self.root = value
        else:
            self.stack[-1].append(value)

    def getData(self):
        data = ''.join(self.data)
        try:
            data = data.encode("ascii")
        except UnicodeError:
            pass
        self.data = []
        return data

    def begin_dict(self, attrs):
        d = _InternalDict()
        self.addObject(d)
        self.stack.append(d)

    def end_dict(self):
        self.stack.pop()

    def end_key(self):
        self.currentKey = self.getData()

    def begin_array(self, attrs):
        a = []
        self.addObject(a)
        self.stack.append(a)

    def end_array(self):
        self.stack.pop()

    def end_true(self):
        self.addObject(True)

    def end_false(self):
        self.addObject(False)

    def end_integer(self):
        self.addObject(int(self.getData()))

    def end_real(self):
        self.addObject(float(self.getData()))

    def end_string(self):
        self.addObject(self.getData())

    def end_data(self):
        self.addObject(Data.fromBase64(self.getData()))

    def end_date(self):
        self.addObject(_dateFromString(self.getData()))
