"""xml.sax.saxutils' text helpers (minipy's own): escaping and unescaping
character data and attribute values."""


def _replace_all(data, pairs):
    for old, new in pairs:
        data = data.replace(old, new)
    return data


def escape(data, entities={}):
    """&, < and > as entities, then any extra replacements given."""
    data = _replace_all(data, [('&', '&amp;'), ('>', '&gt;'), ('<', '&lt;')])
    if entities:
        data = _replace_all(data, entities.items())
    return data


def unescape(data, entities={}):
    """The reverse of escape: &lt; &gt; (and the extra entities) first,
    &amp; last, so that '&amp;lt;' gives '&lt;'."""
    data = data.replace('&lt;', '<').replace('&gt;', '>')
    if entities:
        data = _replace_all(data, entities.items())
    return data.replace('&amp;', '&')


def quoteattr(data, entities={}):
    """data escaped and quoted for an attribute value, with the quote
    character that needs no escaping when possible."""
    more = dict(entities)
    more.update({'\n': '&#10;', '\r': '&#13;', '\t': '&#9;'})
    data = escape(data, more)
    if '"' not in data:
        return '"%s"' % data
    if "'" not in data:
        return "'%s'" % data
    return '"%s"' % data.replace('"', '&quot;')


# -- generating XML from SAX events, filters, input sources ---------------

import os
import sys
import urlparse
from xml.sax import handler, xmlreader


class _ByteWriter(object):
    """Encodes unicode text for a byte stream (unencodable characters as
    character references) and writes it at once."""

    def __init__(self, out, encoding):
        self._out = out
        self._encoding = encoding

    def write(self, text):
        if isinstance(text, unicode):
            text = text.encode(self._encoding, 'xmlcharrefreplace')
        self._out.write(text)

    def flush(self):
        flush = getattr(self._out, 'flush', None)
        if flush is not None:
            flush()


class XMLGenerator(handler.ContentHandler):
    """A ContentHandler that writes the events it receives back out as
    XML."""

    def __init__(self, out=None, encoding='iso-8859-1'):
        handler.ContentHandler.__init__(self)
        if out is None:
            out = sys.stdout
        w = _ByteWriter(out, encoding)
        self._write = w.write
        self._flush = w.flush
        self._ns_contexts = [{}]
        self._current_context = self._ns_contexts[-1]
        self._undeclared_ns_maps = []
        self._encoding = encoding

    def _text(self, content):
        if not isinstance(content, unicode):
            content = unicode(content, self._encoding)
        return content

    def _qname(self, name):
        uri, local = name
        if uri:
            if uri == 'http://www.w3.org/XML/1998/namespace':
                return 'xml:' + local
            prefix = self._current_context[uri]
            if prefix:
                return prefix + ':' + local
        return local

    def startDocument(self):
        self._write(u'<?xml version="1.0" encoding="%s"?>\n' %
                    self._encoding)

    def endDocument(self):
        self._flush()

    def startPrefixMapping(self, prefix, uri):
        self._ns_contexts.append(self._current_context.copy())
        self._current_context[uri] = prefix
        self._undeclared_ns_maps.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts.pop()

    def startElement(self, name, attrs):
        self._write(u'<' + name)
        for aname, value in attrs.items():
            self._write(u' %s=%s' % (aname, quoteattr(self._text(value))))
        self._write(u'>')

    def endElement(self, name):
        self._write(u'</%s>' % name)

    def startElementNS(self, name, qname, attrs):
        self._write(u'<' + self._qname(name))
        for prefix, uri in self._undeclared_ns_maps:
            if prefix:
                self._write(u' xmlns:%s="%s"' % (prefix, uri))
            else:
                self._write(u' xmlns="%s"' % uri)
        self._undeclared_ns_maps = []
        for aname, value in attrs.items():
            self._write(u' %s=%s' % (self._qname(aname),
                                     quoteattr(self._text(value))))
        self._write(u'>')

    def endElementNS(self, name, qname):
        self._write(u'</%s>' % self._qname(name))

    def characters(self, content):
        self._write(escape(self._text(content)))

    def ignorableWhitespace(self, content):
        self._write(self._text(content))

    def processingInstruction(self, target, data):
        self._write(u'<?%s %s?>' % (target, data))


class XMLFilterBase(xmlreader.XMLReader):
    """Sits between a reader and the application's handlers, passing every
    event and request through unchanged (subclasses override some)."""

    def __init__(self, parent=None):
        xmlreader.XMLReader.__init__(self)
        self._parent = parent

    # ErrorHandler
    def error(self, exception):
        self._err_handler.error(exception)

    def fatalError(self, exception):
        self._err_handler.fatalError(exception)

    def warning(self, exception):
        self._err_handler.warning(exception)

    # ContentHandler
    def setDocumentLocator(self, locator):
        self._cont_handler.setDocumentLocator(locator)

    def startDocument(self):
        self._cont_handler.startDocument()

    def endDocument(self):
        self._cont_handler.endDocument()

    def startPrefixMapping(self, prefix, uri):
        self._cont_handler.startPrefixMapping(prefix, uri)

    def endPrefixMapping(self, prefix):
        self._cont_handler.endPrefixMapping(prefix)

    def startElement(self, name, attrs):
        self._cont_handler.startElement(name, attrs)

    def endElement(self, name):
        self._cont_handler.endElement(name)

    def startElementNS(self, name, qname, attrs):
        self._cont_handler.startElementNS(name, qname, attrs)

    def endElementNS(self, name, qname):
        self._cont_handler.endElementNS(name, qname)

    def characters(self, content):
        self._cont_handler.characters(content)

    def ignorableWhitespace(self, chars):
        self._cont_handler.ignorableWhitespace(chars)

    def processingInstruction(self, target, data):
        self._cont_handler.processingInstruction(target, data)

    def skippedEntity(self, name):
        self._cont_handler.skippedEntity(name)

    # DTDHandler
    def notationDecl(self, name, publicId, systemId):
        self._dtd_handler.notationDecl(name, publicId, systemId)

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        self._dtd_handler.unparsedEntityDecl(name, publicId, systemId, ndata)

    # EntityResolver
    def resolveEntity(self, publicId, systemId):
        return self._ent_handler.resolveEntity(publicId, systemId)

    # XMLReader
    def parse(self, source):
        p = self._parent
        p.setContentHandler(self)
        p.setErrorHandler(self)
        p.setEntityResolver(self)
        p.setDTDHandler(self)
        p.parse(source)

    def setLocale(self, locale):
        self._parent.setLocale(locale)

    def getFeature(self, name):
        return self._parent.getFeature(name)

    def setFeature(self, name, state):
        self._parent.setFeature(name, state)

    def getProperty(self, name):
        return self._parent.getProperty(name)

    def setProperty(self, name, value):
        self._parent.setProperty(name, value)

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent


def prepare_input_source(source, base=''):
    """An InputSource with a byte stream ready to read, made from a system
    id (file name or URL), a file object or an InputSource."""
    if isinstance(source, basestring):
        source = xmlreader.InputSource(source)
    elif hasattr(source, 'read'):
        f = source
        source = xmlreader.InputSource()
        source.setByteStream(f)
        if hasattr(f, 'name'):
            source.setSystemId(f.name)
    if source.getByteStream() is None:
        sysid = source.getSystemId()
        basehead = os.path.dirname(os.path.normpath(base))
        fsenc = sys.getfilesystemencoding() or 'utf-8'
        try:
            if isinstance(sysid, unicode) and \
                    not isinstance(basehead, unicode):
                basehead = basehead.decode(fsenc)
            elif isinstance(basehead, unicode) and \
                    not isinstance(sysid, unicode):
                sysid = sysid.decode(fsenc)
            path = os.path.join(basehead, sysid) if basehead else sysid
            isfile = os.path.isfile(path)
        except UnicodeError:
            isfile = False
        if isfile:
            source.setSystemId(path)
            f = open(path, 'rb')
        else:
            source.setSystemId(urlparse.urljoin(base, sysid))
            import urllib
            f = urllib.urlopen(source.getSystemId())
        source.setByteStream(f)
    return source
