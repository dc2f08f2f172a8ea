"""xml.sax.expatreader (minipy's own): the SAX2 driver over pyexpat."""

from xml.sax import (SAXParseException, SAXNotSupportedException,
                     SAXNotRecognizedException, SAXReaderNotAvailable)
from xml.sax import xmlreader, saxutils, handler
from xml.sax.handler import (feature_namespaces, feature_validation,
                             feature_namespace_prefixes,
                             feature_external_ges, feature_external_pes,
                             feature_string_interning, property_xml_string,
                             property_interning_dict)
from xml.sax.xmlreader import AttributesImpl, AttributesNSImpl

try:
    from xml.parsers import expat
except ImportError:
    raise SAXReaderNotAvailable('expat not supported', None)

version = '0.20'
AttributesImpl = AttributesImpl
AttributesNSImpl = AttributesNSImpl


class _ClosedParser(object):
    pass


class ExpatLocator(xmlreader.Locator):
    """Reports the reader's position without keeping the reader alive."""

    def __init__(self, parser):
        import weakref
        try:
            self._ref = weakref.ref(parser)
        except TypeError:
            self._ref = lambda: parser

    def getColumnNumber(self):
        p = self._ref()
        if p is None or p._parser is None:
            return None
        return p._parser.ErrorColumnNumber

    def getLineNumber(self):
        p = self._ref()
        if p is None or p._parser is None:
            return 1
        return p._parser.ErrorLineNumber

    def getPublicId(self):
        p = self._ref()
        return None if p is None else p._source.getPublicId()

    def getSystemId(self):
        p = self._ref()
        return None if p is None else p._source.getSystemId()


def _split_name(name):
    """'uri local [prefix]' as produced with namespace_separator ' ' ->
    ((uri, local), qname)."""
    parts = name.split(' ')
    if len(parts) == 1:
        return (None, name), name
    if len(parts) == 3:
        return (parts[0], parts[1]), '%s:%s' % (parts[2], parts[1])
    return tuple(parts), parts[1]


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        xmlreader.IncrementalParser.__init__(self, bufsize)
        self._source = xmlreader.InputSource()
        self._parser = None
        self._namespaces = namespaceHandling
        self._lex_handler_prop = None
        self._parsing = 0
        self._entity_stack = []
        self._external_ges = 1
        self._interning = None

    def parse(self, source):
        source = saxutils.prepare_input_source(source)
        self._source = source
        try:
            self.reset()
            self._cont_handler.setDocumentLocator(ExpatLocator(self))
            xmlreader.IncrementalParser.parse(self, source)
        except:
            self._close_source()
            raise

    def prepareParser(self, source):
        base = source.getSystemId()
        if base is not None:
            if isinstance(base, unicode):
                base = base.encode('utf-8')
            self._parser.SetBase(base)

    def setContentHandler(self, handler):
        xmlreader.IncrementalParser.setContentHandler(self, handler)
        if self._parsing:
            self._reset_cont_handler()

    def getFeature(self, name):
        if name == feature_namespaces:
            return self._namespaces
        if name == feature_string_interning:
            return self._interning is not None
        if name in (feature_validation, feature_external_pes,
                    feature_namespace_prefixes):
            return 0
        if name == feature_external_ges:
            return self._external_ges
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    _UNSUPPORTED = {
        feature_validation: 'expat does not support validation',
        feature_external_pes:
            'expat does not read external parameter entities',
        feature_namespace_prefixes:
            'expat does not report namespace prefixes',
    }

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException('Cannot set features while parsing')
        if name == feature_namespaces:
            self._namespaces = state
        elif name == feature_external_ges:
            self._external_ges = state
        elif name == feature_string_interning:
            if not state:
                self._interning = None
            elif self._interning is None:
                self._interning = {}
        elif name in self._UNSUPPORTED:
            if state:
                raise SAXNotSupportedException(self._UNSUPPORTED[name])
        else:
            raise SAXNotRecognizedException(
                "Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == handler.property_lexical_handler:
            return self._lex_handler_prop
        if name == property_interning_dict:
            return self._interning
        if name == property_xml_string:
            if self._parser:
                return self._parser.GetInputContext()
            raise SAXNotSupportedException(
                'XML string cannot be returned when not parsing')
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == handler.property_lexical_handler:
            self._lex_handler_prop = value
            if self._parsing:
                self._reset_lex_handler_prop()
        elif name == property_interning_dict:
            self._interning = value
        elif name == property_xml_string:
            raise SAXNotSupportedException("Property '%s' cannot be set" %
                                           name)
        else:
            raise SAXNotRecognizedException("Property '%s' not recognized" %
                                            name)

    def feed(self, data, isFinal=0):
        if not self._parsing:
            self.reset()
            self._parsing = 1
            self._cont_handler.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as e:
            self._err_handler.fatalError(
                SAXParseException(expat.ErrorString(e.code), e, self))

    def _close_source(self):
        src = self._source
        try:
            f = src.getCharacterStream()
            if f is not None:
                f.close()
        finally:
            f = src.getByteStream()
            if f is not None:
                f.close()

    def close(self):
        if self._entity_stack or self._parser is None or \
                isinstance(self._parser, _ClosedParser):
            return
        try:
            self.feed('', isFinal=1)
            self._cont_handler.endDocument()
            self._parsing = 0
            self._parser = None
        finally:
            self._parsing = 0
            if self._parser is not None:
                # keep the error position readable after closing
                closed = _ClosedParser()
                closed.ErrorColumnNumber = self._parser.ErrorColumnNumber
                closed.ErrorLineNumber = self._parser.ErrorLineNumber
                self._parser = closed
            self._close_source()

    def _reset_cont_handler(self):
        p = self._parser
        p.ProcessingInstructionHandler = \
            self._cont_handler.processingInstruction
        p.CharacterDataHandler = self._cont_handler.characters

    def _reset_lex_handler_prop(self):
        lex = self._lex_handler_prop
        p = self._parser
        if lex is None:
            p.CommentHandler = p.StartCdataSectionHandler = None
            p.EndCdataSectionHandler = p.StartDoctypeDeclHandler = None
            p.EndDoctypeDeclHandler = None
        else:
            p.CommentHandler = lex.comment
            p.StartCdataSectionHandler = lex.startCDATA
            p.EndCdataSectionHandler = lex.endCDATA
            p.StartDoctypeDeclHandler = self.start_doctype_decl
            p.EndDoctypeDeclHandler = lex.endDTD

    def reset(self):
        enc = self._source.getEncoding()
        if self._namespaces:
            p = expat.ParserCreate(enc, ' ', intern=self._interning)
            p.namespace_prefixes = 1
            p.StartElementHandler = self.start_element_ns
            p.EndElementHandler = self.end_element_ns
        else:
            p = expat.ParserCreate(enc, intern=self._interning)
            p.StartElementHandler = self.start_element
            p.EndElementHandler = self.end_element
        self._parser = p
        self._reset_cont_handler()
        p.UnparsedEntityDeclHandler = self.unparsed_entity_decl
        p.NotationDeclHandler = self.notation_decl
        p.StartNamespaceDeclHandler = self.start_namespace_decl
        p.EndNamespaceDeclHandler = self.end_namespace_decl
        self._decl_handler_prop = None
        if self._lex_handler_prop:
            self._reset_lex_handler_prop()
        p.ExternalEntityRefHandler = self.external_entity_ref
        p.SkippedEntityHandler = self.skipped_entity_handler
        p.SetParamEntityParsing(
            expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)
        self._parsing = 0
        self._entity_stack = []

    # -- Locator --
    def getColumnNumber(self):
        if self._parser is None:
            return None
        return self._parser.ErrorColumnNumber

    def getLineNumber(self):
        if self._parser is None:
            return 1
        return self._parser.ErrorLineNumber

    def getPublicId(self):
        return self._source.getPublicId()

    def getSystemId(self):
        return self._source.getSystemId()

    # -- expat callbacks --
    def start_element(self, name, attrs):
        self._cont_handler.startElement(name, AttributesImpl(attrs))

    def end_element(self, name):
        self._cont_handler.endElement(name)

    def start_element_ns(self, name, attrs):
        pair = _split_name(name)[0]
        values = {}
        qnames = {}
        for aname, value in attrs.items():
            apair, qname = _split_name(aname)
            values[apair] = value
            qnames[apair] = qname
        self._cont_handler.startElementNS(pair, None,
                                          AttributesNSImpl(values, qnames))

    def end_element_ns(self, name):
        self._cont_handler.endElementNS(_split_name(name)[0], None)

    def processing_instruction(self, target, data):
        self._cont_handler.processingInstruction(target, data)

    def character_data(self, data):
        self._cont_handler.characters(data)

    def start_namespace_decl(self, prefix, uri):
        self._cont_handler.startPrefixMapping(prefix, uri)

    def end_namespace_decl(self, prefix):
        self._cont_handler.endPrefixMapping(prefix)

    def start_doctype_decl(self, name, sysid, pubid, has_internal_subset):
        self._lex_handler_prop.startDTD(name, pubid, sysid)

    def unparsed_entity_decl(self, name, base, sysid, pubid, notation_name):
        self._dtd_handler.unparsedEntityDecl(name, pubid, sysid, notation_name)

    def notation_decl(self, name, base, sysid, pubid):
        self._dtd_handler.notationDecl(name, pubid, sysid)

    def external_entity_ref(self, context, base, sysid, pubid):
        if not self._external_ges:
            return 1
        source = self._ent_handler.resolveEntity(pubid, sysid)
        source = saxutils.prepare_input_source(
            source, self._source.getSystemId() or '')
        self._entity_stack.append((self._parser, self._source))
        self._parser = self._parser.ExternalEntityParserCreate(context)
        self._source = source
        try:
            xmlreader.IncrementalParser.parse(self, source)
        except Exception:
            return 0
        self._parser, self._source = self._entity_stack.pop()
        return 1

    def skipped_entity_handler(self, name, is_pe):
        if is_pe:
            name = '%' + name
        self._cont_handler.skippedEntity(name)


def create_parser(*args, **kwargs):
    return ExpatParser(*args, **kwargs)
