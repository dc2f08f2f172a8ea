"""xml.etree.ElementTree (minipy's own): the ElementTree 1.3 API of
Python 2.7 -- elements, trees, parsing through pyexpat and serialising as
xml, html or text."""

import sys
import re
import warnings

from xml.etree import ElementPath

__all__ = [
    'Comment', 'dump', 'Element', 'ElementTree', 'fromstring',
    'fromstringlist', 'iselement', 'iterparse', 'parse', 'ParseError',
    'PI', 'ProcessingInstruction', 'QName', 'SubElement', 'tostring',
    'tostringlist', 'TreeBuilder', 'VERSION', 'XML', 'XMLID', 'XMLParser',
    'XMLTreeBuilder', 'register_namespace',
]

VERSION = '1.3.0'


class ParseError(SyntaxError):
    pass


class _SimpleElementPath(object):
    """Find support that only knows 'tag' and './/tag' (a stand-in for
    when ElementPath is unavailable)."""

    def find(self, element, tag, namespaces=None):
        for e in self.iterfind(element, tag, namespaces):
            return e
        return None

    def findtext(self, element, tag, default=None, namespaces=None):
        e = self.find(element, tag)
        if e is None:
            return default
        return e.text or ''

    def iterfind(self, element, tag, namespaces=None):
        if tag[:3] == './/':
            for e in element.iter(tag[3:]):
                yield e
        for e in element:
            if e.tag == tag:
                yield e

    def findall(self, element, tag, namespaces=None):
        return list(self.iterfind(element, tag, namespaces))


def iselement(element):
    return isinstance(element, Element) or hasattr(element, 'tag')


class Element(object):
    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError('attrib must be dict, not %s' %
                            type(attrib).__name__)
        attrib = attrib.copy()
        attrib.update(extra)
        self.tag = tag
        self.attrib = attrib
        self._children = []

    def __repr__(self):
        return '<Element %s at 0x%x>' % (repr(self.tag), id(self))

    def __delattr__(self, name):
        if name in ('tag', 'text', 'tail', 'attrib'):
            raise AttributeError("can't delete attribute")
        object.__delattr__(self, name)

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        e = self.makeelement(self.tag, self.attrib)
        e.text = self.text
        e.tail = self.tail
        e[:] = self
        return e

    def __len__(self):
        return len(self._children)

    def __nonzero__(self):
        warnings.warn(
            "The behavior of this method will change in future versions.  "
            "Use specific 'len(elem)' or 'elem is None' test instead.",
            FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def append(self, element):
        self._children.append(element)

    def extend(self, elements):
        self._children.extend(elements)

    def insert(self, index, element):
        self._children.insert(index, element)

    def remove(self, element):
        self._children.remove(element)

    def getchildren(self):
        warnings.warn(
            "This method will be removed in future versions.  "
            "Use 'list(elem)' or iteration over elem instead.",
            DeprecationWarning, stacklevel=2)
        return self._children

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == '*':
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for child in self._children:
            for e in child.iter(tag):
                yield e

    def getiterator(self, tag=None):
        warnings.warn(
            "This method will be removed in future versions.  "
            "Use 'elem.iter()' or 'list(elem.iter())' instead.",
            PendingDeprecationWarning, stacklevel=2)
        return list(self.iter(tag))

    def itertext(self):
        tag = self.tag
        if not isinstance(tag, basestring) and tag is not None:
            return
        if self.text:
            yield self.text
        for child in self:
            for t in child.itertext():
                yield t
            if child.tail:
                yield child.tail


_ElementInterface = Element


def SubElement(parent, tag, attrib={}, **extra):
    attrib = attrib.copy()
    attrib.update(extra)
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + ' ' + text
    return element


PI = ProcessingInstruction


class QName(object):
    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = '{%s}%s' % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __hash__(self):
        return hash(self.text)

    def __cmp__(self, other):
        if isinstance(other, QName):
            return cmp(self.text, other.text)
        return cmp(self.text, other)


class ElementTree(object):
    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, 'read'):
            source = open(source, 'rb')
            close_source = True
        try:
            if parser is None:
                parser = XMLParser(target=TreeBuilder())
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def getiterator(self, tag=None):
        warnings.warn(
            "This method will be removed in future versions.  "
            "Use 'tree.iter()' or 'list(tree.iter())' instead.",
            PendingDeprecationWarning, stacklevel=2)
        return list(self.iter(tag))

    def _fix_path(self, path):
        if path[:1] == '/':
            path = '.' + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be "
                "fixed in a future version.  If you rely on the current "
                "behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._fix_path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._fix_path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._fix_path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._fix_path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None):
        if not method:
            method = 'xml'
        elif method not in _SERIALIZERS:
            raise ValueError('unknown method %r' % method)
        if hasattr(file_or_filename, 'write'):
            out = file_or_filename
            close = False
        else:
            out = open(file_or_filename, 'wb')
            close = True
        try:
            write = out.write
            if not encoding:
                if method == 'c14n':
                    encoding = 'utf-8'
                else:
                    encoding = 'us-ascii'
            elif xml_declaration or (xml_declaration is None and
                                     encoding not in ('utf-8', 'us-ascii')):
                if method == 'xml':
                    write("<?xml version='1.0' encoding='%s'?>\n" % encoding)
            if method == 'text':
                _serialize_text(write, self._root, encoding)
            else:
                qnames, namespaces = _namespaces(self._root, encoding,
                                                 default_namespace)
                _SERIALIZERS[method](write, self._root, encoding, qnames,
                                     namespaces)
        finally:
            if close:
                out.close()

    def write_c14n(self, file):
        return self.write(file, method='c14n')


# -- serialisation ---------------------------------------------------------

def _raise_serialization_error(text):
    raise TypeError('cannot serialize %r (type %s)' %
                    (text, type(text).__name__))


def _encode(text, encoding):
    try:
        return text.encode(encoding, 'xmlcharrefreplace')
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_cdata(text, encoding):
    try:
        if '&' in text:
            text = text.replace('&', '&amp;')
        if '<' in text:
            text = text.replace('<', '&lt;')
        if '>' in text:
            text = text.replace('>', '&gt;')
        return text.encode(encoding, 'xmlcharrefreplace')
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib(text, encoding):
    try:
        if '&' in text:
            text = text.replace('&', '&amp;')
        if '<' in text:
            text = text.replace('<', '&lt;')
        if '>' in text:
            text = text.replace('>', '&gt;')
        if '"' in text:
            text = text.replace('"', '&quot;')
        if '\n' in text:
            text = text.replace('\n', '&#10;')
        return text.encode(encoding, 'xmlcharrefreplace')
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib_html(text, encoding):
    try:
        if '&' in text:
            text = text.replace('&', '&amp;')
        if '>' in text:
            text = text.replace('>', '&gt;')
        if '"' in text:
            text = text.replace('"', '&quot;')
        return text.encode(encoding, 'xmlcharrefreplace')
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _namespaces(elem, encoding, default_namespace=None):
    """Maps every tag and attribute name under elem to its serialised form
    and collects the namespace declarations the root must carry."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ''

    def encode(text):
        return text.encode(encoding)

    def add_qname(qname):
        try:
            if qname[:1] == '{':
                uri, tag = qname[1:].rsplit('}', 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = 'ns%d' % len(namespaces)
                    if prefix != 'xml':
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = encode('%s:%s' % (prefix, tag))
                else:
                    qnames[qname] = encode(tag)
            else:
                if default_namespace:
                    raise ValueError('cannot use non-qualified names with '
                                     'default_namespace option')
                qnames[qname] = encode(qname)
        except TypeError:
            _raise_serialization_error(qname)

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, basestring):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
        text = e.text
        if isinstance(text, QName) and text.text not in qnames:
            add_qname(text.text)
    return qnames, namespaces


def _serialize_xml(write, elem, encoding, qnames, namespaces):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write('<!--%s-->' % _encode(text, encoding))
    elif tag is ProcessingInstruction:
        write('<?%s?>' % _encode(text, encoding))
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text, encoding))
            for e in elem:
                _serialize_xml(write, e, encoding, qnames, None)
        else:
            write('<' + tag)
            items = elem.items()
            if items or namespaces:
                if namespaces:
                    for uri, prefix in sorted(namespaces.items(),
                                              key=lambda x: x[1]):
                        if prefix:
                            prefix = ':' + prefix
                        write(' xmlns%s="%s"' % (
                            prefix.encode(encoding),
                            _escape_attrib(uri, encoding)))
                for k, v in sorted(items):
                    if isinstance(k, QName):
                        k = k.text
                    if isinstance(v, QName):
                        v = qnames[v.text]
                    else:
                        v = _escape_attrib(v, encoding)
                    write(' %s="%s"' % (qnames[k], v))
            if text or len(elem):
                write('>')
                if text:
                    write(_escape_cdata(text, encoding))
                for e in elem:
                    _serialize_xml(write, e, encoding, qnames, None)
                write('</' + tag + '>')
            else:
                write(' />')
    if elem.tail:
        write(_escape_cdata(elem.tail, encoding))


HTML_EMPTY = ('area', 'base', 'basefont', 'br', 'col', 'frame', 'hr',
              'img', 'input', 'isindex', 'link', 'meta', 'param')
try:
    HTML_EMPTY = set(HTML_EMPTY)
except NameError:
    pass


def _serialize_html(write, elem, encoding, qnames, namespaces):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write('<!--%s-->' % _escape_cdata(text, encoding))
    elif tag is ProcessingInstruction:
        write('<?%s?>' % _escape_cdata(text, encoding))
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text, encoding))
            for e in elem:
                _serialize_html(write, e, encoding, qnames, None)
        else:
            write('<' + tag)
            items = elem.items()
            if items or namespaces:
                if namespaces:
                    for uri, prefix in sorted(namespaces.items(),
                                              key=lambda x: x[1]):
                        if prefix:
                            prefix = ':' + prefix
                        write(' xmlns%s="%s"' % (
                            prefix.encode(encoding),
                            _escape_attrib(uri, encoding)))
                for k, v in sorted(items):
                    if isinstance(k, QName):
                        k = k.text
                    if isinstance(v, QName):
                        v = qnames[v.text]
                    else:
                        v = _escape_attrib_html(v, encoding)
                    write(' %s="%s"' % (qnames[k], v))
            write('>')
            low = tag.lower()
            if text:
                if low in ('script', 'style'):
                    write(_encode(text, encoding))
                else:
                    write(_escape_cdata(text, encoding))
            for e in elem:
                _serialize_html(write, e, encoding, qnames, None)
            if low not in HTML_EMPTY:
                write('</' + tag + '>')
    if elem.tail:
        write(_escape_cdata(elem.tail, encoding))


def _serialize_text(write, elem, encoding):
    for part in elem.itertext():
        write(part.encode(encoding))
    if elem.tail:
        write(elem.tail.encode(encoding))


_SERIALIZERS = {
    'xml': _serialize_xml,
    'html': _serialize_html,
    'text': _serialize_text,
}


def register_namespace(prefix, uri):
    if re.match(r'ns\d+$', prefix):
        raise ValueError('Prefix format reserved for internal use')
    for k, v in _namespace_map.items():
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


_namespace_map = {
    'http://www.w3.org/XML/1998/namespace': 'xml',
    'http://www.w3.org/1999/xhtml': 'html',
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
    'http://schemas.xmlsoap.org/wsdl/': 'wsdl',
    'http://www.w3.org/2001/XMLSchema': 'xs',
    'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
    'http://purl.org/dc/elements/1.1/': 'dc',
}


class _ListWriter(object):
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


def tostring(element, encoding=None, method=None):
    out = _ListWriter()
    ElementTree(element).write(out, encoding, method=method)
    return ''.join(out.parts)


def tostringlist(element, encoding=None, method=None):
    out = _ListWriter()
    ElementTree(element).write(out, encoding, method=method)
    return out.parts


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout)
    tail = elem.getroot().tail
    if not tail or tail[-1] != '\n':
        sys.stdout.write('\n')


# -- parsing -------------------------------------------------------------

def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def iterparse(source, events=None, parser=None):
    close_source = False
    if not hasattr(source, 'read'):
        source = open(source, 'rb')
        close_source = True
    try:
        if not parser:
            parser = XMLParser(target=TreeBuilder())
        return _IterParseIterator(source, events, parser, close_source)
    except:
        if close_source:
            source.close()
        raise


class _IterParseIterator(object):
    def __init__(self, source, events, parser, close_source=False):
        self._file = source
        self._close_file = close_source
        self._events = []
        self._index = 0
        self._error = None
        self.root = self._root = None
        self._parser = parser
        expat = parser._parser
        append = self._events.append
        if events is None:
            events = ['end']
        for event in events:
            if event == 'start':
                expat.ordered_attributes = 1

                def on_start(tag, attrs, start=parser._start_list,
                             append=append):
                    append(('start', start(tag, attrs)))
                expat.StartElementHandler = on_start
            elif event == 'end':
                def on_end(tag, end=parser._end, append=append):
                    append(('end', end(tag)))
                expat.EndElementHandler = on_end
            elif event == 'start-ns':
                def on_start_ns(prefix, uri, append=append):
                    if uri:
                        try:
                            uri = (uri or '').encode('ascii')
                        except UnicodeError:
                            pass
                    append(('start-ns', (prefix or '', uri or '')))
                expat.StartNamespaceDeclHandler = on_start_ns
            elif event == 'end-ns':
                def on_end_ns(prefix, append=append):
                    append(('end-ns', None))
                expat.EndNamespaceDeclHandler = on_end_ns
            else:
                raise ValueError('unknown event %r' % event)

    def next(self):
        try:
            while True:
                try:
                    item = self._events[self._index]
                    self._index += 1
                    return item
                except IndexError:
                    pass
                if self._error:
                    e = self._error
                    self._error = None
                    raise e
                if self._parser is None:
                    self.root = self._root
                    break
                del self._events[:]
                self._index = 0
                data = self._file.read(16384)
                if data:
                    try:
                        self._parser.feed(data)
                    except SyntaxError as exc:
                        self._error = exc
                else:
                    self._root = self._parser.close()
                    self._parser = None
        except:
            if self._close_file:
                self._file.close()
            raise
        if self._close_file:
            self._file.close()
        raise StopIteration

    def __iter__(self):
        return self


def XML(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id = elem.get('id')
        if id:
            ids[id] = elem
    return tree, ids


fromstring = XML


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class TreeBuilder(object):
    def __init__(self, element_factory=None):
        self._data = []
        self._elem = []
        self._last = None
        self._tail = None
        if element_factory is None:
            element_factory = Element
        self._factory = element_factory

    def close(self):
        assert len(self._elem) == 0, 'missing end tags'
        assert self._last is not None, 'missing toplevel element'
        return self._last

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = ''.join(self._data)
                if self._tail:
                    assert self._last.tail is None, 'internal error (tail)'
                    self._last.tail = text
                else:
                    assert self._last.text is None, 'internal error (text)'
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        assert self._last.tag == tag, \
            'end tag mismatch (expected %s, got %s)' % (self._last.tag, tag)
        self._tail = 1
        return self._last


class XMLParser(object):
    def __init__(self, html=0, target=None, encoding=None):
        try:
            from xml.parsers import expat
        except ImportError:
            try:
                import pyexpat as expat
            except ImportError:
                raise ImportError('No module named expat; use SimpleXMLTree'
                                  'Builder instead')
        parser = expat.ParserCreate(encoding, '}')
        if target is None:
            target = TreeBuilder()
        self.parser = self._parser = parser
        self.target = self._target = target
        self._error = expat.error
        self._names = {}
        parser.DefaultHandlerExpand = self._default
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._data
        parser.CommentHandler = self._comment
        parser.ProcessingInstructionHandler = self._pi
        parser.StartDoctypeDeclHandler = self._doctype_start
        parser.buffer_text = 1
        parser.ordered_attributes = 1
        parser.StartElementHandler = self._start_list
        # the target's callbacks are looked up once, now
        self._t_start = getattr(target, 'start', None)
        self._t_end = getattr(target, 'end', None)
        self._t_data = getattr(target, 'data', None)
        self._t_comment = getattr(target, 'comment', None)
        self._t_pi = getattr(target, 'pi', None)
        self._doctype = None
        self.entity = {}
        self.version = 'Expat %d.%d.%d' % expat.version_info

    def _raiseerror(self, value):
        err = ParseError(value)
        err.code = value.code
        err.position = value.lineno, value.offset
        raise err

    def _fixtext(self, text):
        # ascii-only text becomes a plain str, as ElementTree always did
        try:
            return text.encode('ascii')
        except UnicodeError:
            return text

    def _fixname(self, key):
        try:
            return self._names[key]
        except KeyError:
            name = key
            if '}' in name:
                name = '{' + name
            self._names[key] = name = self._fixtext(name)
            return name

    def _start(self, tag, attrib_in):
        fixname = self._fixname
        fixtext = self._fixtext
        tag = fixname(tag)
        attrib = {}
        for key, value in attrib_in.items():
            attrib[fixname(key)] = fixtext(value)
        if self._t_start is not None:
            return self._t_start(tag, attrib)

    def _start_list(self, tag, attrib_in):
        fixname = self._fixname
        fixtext = self._fixtext
        tag = fixname(tag)
        attrib = {}
        if attrib_in:
            for i in range(0, len(attrib_in), 2):
                attrib[fixname(attrib_in[i])] = fixtext(attrib_in[i + 1])
        if self._t_start is not None:
            return self._t_start(tag, attrib)

    def _data(self, text):
        if self._t_data is not None:
            return self._t_data(self._fixtext(text))

    def _end(self, tag):
        if self._t_end is not None:
            return self._t_end(self._fixname(tag))

    def _comment(self, data):
        if self._t_comment is not None:
            self._t_comment(self._fixtext(data))

    def _pi(self, target, data):
        if self._t_pi is not None:
            self._t_pi(self._fixtext(target), self._fixtext(data))

    def _doctype_start(self, name, system, public, has_internal):
        name = self._fixtext(name)
        if public is not None:
            public = self._fixtext(public)
        if system is not None:
            system = self._fixtext(system)
        handler = getattr(self.target, 'doctype', None)
        if handler is not None:
            handler(name, public, system)
        elif self.doctype != self._XMLParser__doctype:
            # a subclass overrides the deprecated doctype() method
            self._XMLParser__doctype(name, public, system)
            self.doctype(name, public, system)

    def _default(self, text):
        if text[:1] == '&':
            # an entity the document's DTD left undeclared
            try:
                value = self.entity[text[1:-1]]
            except KeyError:
                value = None
            if value is not None:
                if self._t_data is not None:
                    self._t_data(value)
            else:
                from xml.parsers import expat
                p = self._parser
                err = expat.error(
                    'undefined entity %s: line %d, column %d' %
                    (text, p.CurrentLineNumber, p.CurrentColumnNumber))
                err.code = 11
                err.lineno = p.CurrentLineNumber
                err.offset = p.CurrentColumnNumber
                raise err

    def doctype(self, name, pubid, system):
        """Deprecated hook; give the target a doctype() method instead."""
        warnings.warn(
            'This method of XMLParser is deprecated.  Define doctype() '
            'method on the TreeBuilder target.',
            DeprecationWarning,
        )

    _XMLParser__doctype = doctype

    def feed(self, data):
        try:
            self._parser.Parse(data, 0)
        except self._error as v:
            self._raiseerror(v)

    def close(self):
        try:
            self._parser.Parse('', 1)
        except self._error as v:
            self._raiseerror(v)
        tree = self.target.close()
        del self.target, self._parser
        return tree


XMLTreeBuilder = XMLParser

try:
    from ElementC14N import _serialize_c14n
    _SERIALIZERS['c14n'] = _serialize_c14n
except ImportError:
    pass
