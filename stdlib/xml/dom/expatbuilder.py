"""xml.dom.expatbuilder (minipy's own): builds minidom documents from
pyexpat events.  ExpatBuilder keeps qualified names as they are;
ExpatBuilderNS (the default for parse/parseString) gives elements and
attributes their namespace URI, prefix and local name and turns namespace
declarations into xmlns attributes."""

import xml.dom
from xml.dom import xmlbuilder, minidom, EMPTY_NAMESPACE, EMPTY_PREFIX, \
    XMLNS_NAMESPACE
from xml.dom.minidom import _append_child
from xml.parsers import expat

TEXT_NODE = xml.dom.Node.TEXT_NODE
CDATA_SECTION_NODE = xml.dom.Node.CDATA_SECTION_NODE
DOCUMENT_NODE = xml.dom.Node.DOCUMENT_NODE
theDOMImplementation = minidom.getDOMImplementation()


class ExpatBuilder:
    """Document builder without namespace processing."""

    def __init__(self, options=None):
        if options is None:
            options = xmlbuilder.Options()
        self._options = options
        self._parser = None
        self.reset()

    def createParser(self):
        return expat.ParserCreate()

    def getParser(self):
        if not self._parser:
            self._parser = self.createParser()
            self._intern_setdefault = self._parser.intern.setdefault
            self._parser.buffer_text = True
            self._parser.ordered_attributes = True
            self._parser.specified_attributes = True
            self.install(self._parser)
        return self._parser

    def reset(self):
        self.document = theDOMImplementation.createDocument(
            EMPTY_NAMESPACE, None, None)
        self.curNode = self.document
        self._elem_info = self.document._elem_info
        self._cdata = False
        self._cdata_continue = False

    def install(self, parser):
        o = self._options
        parser.StartDoctypeDeclHandler = self.start_doctype_decl_handler
        parser.EndDoctypeDeclHandler = self.end_doctype_decl_handler
        parser.StartElementHandler = self.start_element_handler
        parser.EndElementHandler = self.end_element_handler
        parser.ProcessingInstructionHandler = self.pi_handler
        if o.entities:
            parser.EntityDeclHandler = self.entity_decl_handler
        parser.NotationDeclHandler = self.notation_decl_handler
        if o.comments:
            parser.CommentHandler = self.comment_handler
        if o.cdata_sections:
            parser.StartCdataSectionHandler = self.start_cdata_section_handler
            parser.EndCdataSectionHandler = self.end_cdata_section_handler
            parser.CharacterDataHandler = self.character_data_handler_cdata
        else:
            parser.CharacterDataHandler = self.character_data_handler
        parser.ExternalEntityRefHandler = self.external_entity_ref_handler
        parser.XmlDeclHandler = self.xml_decl_handler
        parser.ElementDeclHandler = self.element_decl_handler
        parser.AttlistDeclHandler = self.attlist_decl_handler

    def parseFile(self, file):
        parser = self.getParser()
        first = True
        try:
            while True:
                chunk = file.read(16 * 1024)
                if not chunk:
                    break
                parser.Parse(chunk, 0)
                if first and self.document.documentElement:
                    self._setup_subset(chunk)
                first = False
            parser.Parse('', True)
        except ParseEscape:
            pass
        doc = self.document
        self.reset()
        self._parser = None
        return doc

    def parseString(self, string):
        parser = self.getParser()
        try:
            parser.Parse(string, True)
        except ParseEscape:
            pass
        doc = self.document
        self.reset()
        self._parser = None
        return doc

    def _setup_subset(self, buffer):
        pass

    # -- handlers --
    def start_doctype_decl_handler(self, doctypeName, systemId, publicId,
                                   has_internal_subset):
        doctype = self.document.implementation.createDocumentType(
            doctypeName, publicId, systemId)
        doctype.ownerDocument = self.document
        _append_child(self.document, doctype)
        self.document.doctype = doctype

    def end_doctype_decl_handler(self):
        doctype = self.document.doctype
        if doctype is not None:
            subset = self._parser._internal_subset
            if subset is not None:
                doctype.internalSubset = subset.replace('\r\n', '\n')

    def pi_handler(self, target, data):
        node = self.document.createProcessingInstruction(target, data)
        _append_child(self.curNode, node)

    def _text(self, data, cls):
        children = self.curNode.childNodes
        if children and children[-1].nodeType == cls.nodeType and \
                type(children[-1]) is cls:
            last = children[-1]
            last.__dict__['_data'] = last.data + data
            return
        node = cls()
        node.__dict__['_data'] = data
        node.ownerDocument = self.document
        _append_child(self.curNode, node)

    def character_data_handler_cdata(self, data):
        if self._cdata:
            if self._cdata_continue:
                self._text(data, minidom.CDATASection)
                return
            node = self.document.createCDATASection(data)
            _append_child(self.curNode, node)
            self._cdata_continue = True
        else:
            self._text(data, minidom.Text)

    def character_data_handler(self, data):
        self._text(data, minidom.Text)

    def entity_decl_handler(self, entityName, is_parameter_entity, value,
                            base, systemId, publicId, notationName):
        if is_parameter_entity:
            return
        doctype = self.document.doctype
        if doctype is None:
            return
        node = self.document._create_entity(entityName, publicId, systemId,
                                            notationName)
        if value is not None:
            child = self.document.createTextNode(value)
            node.childNodes.append(child)
        if not isinstance(doctype.entities._seq, list):
            doctype.entities._seq = list(doctype.entities._seq)
        doctype.entities._seq.append(node)

    def notation_decl_handler(self, notationName, base, systemId, publicId):
        doctype = self.document.doctype
        if doctype is None:
            return
        node = self.document._create_notation(notationName, publicId,
                                              systemId)
        if not isinstance(doctype.notations._seq, list):
            doctype.notations._seq = list(doctype.notations._seq)
        doctype.notations._seq.append(node)

    def comment_handler(self, data):
        node = self.document.createComment(data)
        _append_child(self.curNode, node)

    def start_cdata_section_handler(self):
        self._cdata = True
        self._cdata_continue = False

    def end_cdata_section_handler(self):
        self._cdata = False
        self._cdata_continue = False

    def external_entity_ref_handler(self, context, base, systemId, publicId):
        return 1

    def start_element_handler(self, name, attributes):
        node = self.document.createElement(name)
        _append_child(self.curNode, node)
        self.curNode = node
        if attributes:
            for i in range(0, len(attributes), 2):
                a = minidom.Attr(attributes[i], EMPTY_NAMESPACE, None,
                                 EMPTY_PREFIX)
                a.value = attributes[i + 1]
                a.ownerDocument = self.document
                a.specified = True
                minidom._set_attribute_node(node, a)

    def end_element_handler(self, name):
        self.curNode = self.curNode.parentNode

    def element_decl_handler(self, name, model):
        pass

    def attlist_decl_handler(self, elem, name, type, default, required):
        pass

    def xml_decl_handler(self, version, encoding, standalone):
        self.document.version = version
        self.document.encoding = encoding
        if standalone >= 0:
            self.document.standalone = bool(standalone)


class ParseEscape(Exception):
    """Stops parsing early (used by builder filters)."""


def _split_ns_name(name):
    """'uri local prefix' (as pyexpat reports it) -> (uri, local, prefix,
    qualified name)."""
    parts = name.split(' ')
    if len(parts) == 3:
        uri, local, prefix = parts
        return uri, local, prefix, '%s:%s' % (prefix, local)
    if len(parts) == 2:
        uri, local = parts
        return uri, local, EMPTY_PREFIX, local
    return EMPTY_NAMESPACE, name, EMPTY_PREFIX, name


class Namespaces:
    """Namespace processing for the builder."""

    def _initNamespaces(self):
        self._ns_ordered_prefixes = []

    def createParser(self):
        parser = expat.ParserCreate(namespace_separator=' ')
        parser.namespace_prefixes = True
        return parser

    def install(self, parser):
        ExpatBuilder.install(self, parser)
        if self._options.namespace_declarations:
            parser.StartNamespaceDeclHandler = self.start_namespace_decl_handler

    def start_namespace_decl_handler(self, prefix, uri):
        self._ns_ordered_prefixes.append((prefix, uri))

    def start_element_handler(self, name, attributes):
        uri, local, prefix, qname = _split_ns_name(name)
        node = minidom.Element(qname, uri, prefix, local)
        node.ownerDocument = self.document
        _append_child(self.curNode, node)
        self.curNode = node
        if self._ns_ordered_prefixes:
            for prefix, uri in self._ns_ordered_prefixes:
                if prefix:
                    a = minidom.Attr('xmlns:' + prefix, XMLNS_NAMESPACE,
                                     prefix, 'xmlns')
                else:
                    a = minidom.Attr('xmlns', XMLNS_NAMESPACE, 'xmlns',
                                     EMPTY_PREFIX)
                a.value = uri or ''
                a.ownerDocument = self.document
                a.specified = True
                minidom._set_attribute_node(node, a)
            del self._ns_ordered_prefixes[:]
        if attributes:
            for i in range(0, len(attributes), 2):
                auri, alocal, aprefix, aqname = _split_ns_name(attributes[i])
                a = minidom.Attr(aqname, auri, alocal, aprefix)
                a.value = attributes[i + 1]
                a.ownerDocument = self.document
                a.specified = True
                minidom._set_attribute_node(node, a)

    def end_element_handler(self, name):
        self.curNode = self.curNode.parentNode


class ExpatBuilderNS(Namespaces, ExpatBuilder):
    """Document builder with namespace processing."""

    def reset(self):
        ExpatBuilder.reset(self)
        self._initNamespaces()


class FragmentBuilder(ExpatBuilder):
    """Builds the children of a fragment in the context of an existing
    node."""

    def __init__(self, context, options=None):
        if context.nodeType == DOCUMENT_NODE:
            self.originalDocument = context
            self.context = context
        else:
            self.originalDocument = context.ownerDocument
            self.context = context
        ExpatBuilder.__init__(self, options)

    def parseString(self, string):
        wrapped = '<wrapper>%s</wrapper>' % string
        doc = ExpatBuilder.parseString(self, wrapped)
        frag = self.originalDocument.createDocumentFragment()
        for child in list(doc.documentElement.childNodes):
            frag.appendChild(self.originalDocument.importNode(child, True))
        return frag

    def parseFile(self, file):
        return self.parseString(file.read())


class FragmentBuilderNS(Namespaces, FragmentBuilder):
    def reset(self):
        FragmentBuilder.reset(self)
        self._initNamespaces()


def parse(file, namespaces=True):
    builder = ExpatBuilderNS() if namespaces else ExpatBuilder()
    if isinstance(file, basestring):
        with open(file, 'rb') as fp:
            return builder.parseFile(fp)
    return builder.parseFile(file)


def parseString(string, namespaces=True):
    builder = ExpatBuilderNS() if namespaces else ExpatBuilder()
    return builder.parseString(string)


def parseFragment(file, context, namespaces=True):
    builder = FragmentBuilderNS(context) if namespaces else \
        FragmentBuilder(context)
    if isinstance(file, basestring):
        with open(file, 'rb') as fp:
            return builder.parseFile(fp)
    return builder.parseFile(file)


def parseFragmentString(string, context, namespaces=True):
    builder = FragmentBuilderNS(context) if namespaces else \
        FragmentBuilder(context)
    return builder.parseString(string)


def makeBuilder(options):
    if options.namespaces:
        return ExpatBuilderNS(options)
    return ExpatBuilder(options)
