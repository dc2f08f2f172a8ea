"""xml.dom.pulldom (minipy's own): a SAX handler that turns parse events
into (event, minidom node) pairs the application pulls one at a time,
expanding only the subtrees it asks for (expandNode)."""

import collections
import xml.sax
import xml.sax.handler

START_ELEMENT = 'START_ELEMENT'
END_ELEMENT = 'END_ELEMENT'
COMMENT = 'COMMENT'
START_DOCUMENT = 'START_DOCUMENT'
END_DOCUMENT = 'END_DOCUMENT'
PROCESSING_INSTRUCTION = 'PROCESSING_INSTRUCTION'
IGNORABLE_WHITESPACE = 'IGNORABLE_WHITESPACE'
CHARACTERS = 'CHARACTERS'

_XMLNS = 'http://www.w3.org/2000/xmlns/'


class PullDOM(xml.sax.ContentHandler):
    _locator = None
    document = None

    def __init__(self, documentFactory=None):
        from xml.dom import XML_NAMESPACE
        self.documentFactory = documentFactory
        self.events = collections.deque()
        self.last = None
        self.elementStack = []
        self._ns_contexts = [{XML_NAMESPACE: 'xml'}]
        self._current_context = self._ns_contexts[-1]
        self._xmlns_attrs = []
        # comments and PIs seen before the document exists
        self.pending_events = []

    def _emit(self, event):
        self.events.append(event)
        self.last = event

    def push(self, node):
        self.elementStack.append(node)

    def pop(self):
        return self.elementStack.pop()

    def setDocumentLocator(self, locator):
        self._locator = locator

    def startPrefixMapping(self, prefix, uri):
        self._xmlns_attrs.append((prefix or 'xmlns', uri))
        self._ns_contexts.append(self._current_context.copy())
        self._current_context[uri] = prefix or None

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts.pop()

    def _qualified(self, uri, local):
        prefix = self._current_context[uri]
        return prefix + ':' + local if prefix else local

    def startElementNS(self, name, tagName, attrs):
        if self._xmlns_attrs:
            for aname, value in self._xmlns_attrs:
                attrs._attrs[(_XMLNS, aname)] = value
            self._xmlns_attrs = []
        uri, local = name
        if uri:
            if tagName is None:
                tagName = self._qualified(uri, local)
            if self.document:
                node = self.document.createElementNS(uri, tagName)
            else:
                node = self.buildDocument(uri, tagName)
        elif self.document:
            node = self.document.createElement(local)
        else:
            node = self.buildDocument(None, local)
        for (a_uri, a_local), value in attrs.items():
            if a_uri == _XMLNS:
                qname = 'xmlns' if a_local == 'xmlns' else 'xmlns:' + a_local
                attr = self.document.createAttributeNS(a_uri, qname)
                node.setAttributeNodeNS(attr)
            elif a_uri:
                attr = self.document.createAttributeNS(
                    a_uri, self._qualified(a_uri, a_local))
                node.setAttributeNodeNS(attr)
            else:
                attr = self.document.createAttribute(a_local)
                node.setAttributeNode(attr)
            attr.value = value
        self._emit((START_ELEMENT, node))
        self.push(node)

    def endElementNS(self, name, tagName):
        self._emit((END_ELEMENT, self.pop()))

    def startElement(self, name, attrs):
        if self.document:
            node = self.document.createElement(name)
        else:
            node = self.buildDocument(None, name)
        for aname, value in attrs.items():
            attr = self.document.createAttribute(aname)
            attr.value = value
            node.setAttributeNode(attr)
        self._emit((START_ELEMENT, node))
        self.push(node)

    def endElement(self, name):
        self._emit((END_ELEMENT, self.pop()))

    def comment(self, s):
        if self.document:
            self._emit((COMMENT, self.document.createComment(s)))
        else:
            self.pending_events.append((COMMENT, s))

    def processingInstruction(self, target, data):
        if self.document:
            node = self.document.createProcessingInstruction(target, data)
            self._emit((PROCESSING_INSTRUCTION, node))
        else:
            self.pending_events.append((PROCESSING_INSTRUCTION, target, data))

    def ignorableWhitespace(self, chars):
        self._emit((IGNORABLE_WHITESPACE, self.document.createTextNode(chars)))

    def characters(self, chars):
        self._emit((CHARACTERS, self.document.createTextNode(chars)))

    def startDocument(self):
        if self.documentFactory is None:
            import xml.dom.minidom
            self.documentFactory = xml.dom.minidom.Document.implementation

    def buildDocument(self, uri, tagname):
        doc = self.documentFactory.createDocument(uri, tagname, None)
        self.document = doc
        self._emit((START_DOCUMENT, doc))
        self.push(doc)
        for pending in self.pending_events:
            if pending[0] == PROCESSING_INSTRUCTION:
                node = doc.createProcessingInstruction(pending[1], pending[2])
            elif pending[0] == COMMENT:
                node = doc.createComment(pending[1])
            else:
                raise AssertionError('Unknown pending event ', pending[0])
            self._emit((pending[0], node))
        self.pending_events = None
        return doc.firstChild

    def endDocument(self):
        self._emit((END_DOCUMENT, self.document))
        self.pop()

    def clear(self):
        self.document = None


class ErrorHandler:
    def warning(self, exception):
        print exception

    def error(self, exception):
        raise exception

    def fatalError(self, exception):
        raise exception


class DOMEventStream:
    def __init__(self, stream, parser, bufsize):
        self.stream = stream
        self.parser = parser
        self.bufsize = bufsize
        self._slurped = not hasattr(parser, 'feed')
        self.reset()

    def reset(self):
        self.pulldom = PullDOM()
        self.parser.setFeature(xml.sax.handler.feature_namespaces, 1)
        self.parser.setContentHandler(self.pulldom)

    def __getitem__(self, pos):
        event = self.getEvent()
        if event:
            return event
        raise IndexError

    def next(self):
        event = self.getEvent()
        if event:
            return event
        raise StopIteration

    def __iter__(self):
        return self

    def expandNode(self, node):
        """Reads events up to node's end, building its subtree."""
        parents = [node]
        event = self.getEvent()
        while event:
            token, cur = event
            if cur is node:
                return
            if token != END_ELEMENT:
                parents[-1].appendChild(cur)
            if token == START_ELEMENT:
                parents.append(cur)
            elif token == END_ELEMENT:
                parents.pop()
            event = self.getEvent()

    def getEvent(self):
        events = self.pulldom.events
        if self._slurped:
            # a parser that cannot be fed: read everything at once
            self.parser.parse(self.stream)
            self._slurped = None
        while not events:
            if self._slurped is None:
                return None
            data = self.stream.read(self.bufsize)
            if not data:
                # as in CPython, the end-of-document event closing adds is
                # only seen by a later call
                self.parser.close()
                return None
            self.parser.feed(data)
        return events.popleft()

    def clear(self):
        self.pulldom.clear()
        del self.pulldom
        self.parser = None
        self.stream = None


class SAX2DOM(PullDOM):
    """Builds the whole tree while parsing (every node is attached to its
    parent as it is made)."""

    def _attach_element(self):
        self.elementStack[-2].appendChild(self.elementStack[-1])

    def _attach_last(self):
        self.elementStack[-1].appendChild(self.last[1])

    def startElementNS(self, name, tagName, attrs):
        PullDOM.startElementNS(self, name, tagName, attrs)
        self._attach_element()

    def startElement(self, name, attrs):
        PullDOM.startElement(self, name, attrs)
        self._attach_element()

    def processingInstruction(self, target, data):
        PullDOM.processingInstruction(self, target, data)
        self._attach_last()

    def ignorableWhitespace(self, chars):
        PullDOM.ignorableWhitespace(self, chars)
        self._attach_last()

    def characters(self, chars):
        PullDOM.characters(self, chars)
        self._attach_last()


default_bufsize = (2 ** 14) - 20


def parse(stream_or_string, parser=None, bufsize=None):
    if bufsize is None:
        bufsize = default_bufsize
    if isinstance(stream_or_string, basestring):
        stream = open(stream_or_string)
    else:
        stream = stream_or_string
    if not parser:
        parser = xml.sax.make_parser()
    return DOMEventStream(stream, parser, bufsize)


def parseString(string, parser=None):
    from cStringIO import StringIO
    if not parser:
        parser = xml.sax.make_parser()
    return DOMEventStream(StringIO(string), parser, len(string))
