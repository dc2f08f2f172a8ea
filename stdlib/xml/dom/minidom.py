"""xml.dom.minidom (minipy's own): a small DOM Level 1 implementation with
the Level 2 namespace methods and some Level 3 extras (user data, wholeText,
renameNode, ID attributes), plus parse/parseString and serialisation.

Element attributes live in two dicts kept in step: _attrs by qualified name
and _attrsNS by (namespaceURI, localName)."""

import xml.dom
from xml.dom import EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE, domreg
from xml.dom.minicompat import NodeList, EmptyNodeList, StringTypes, \
    defproperty
from xml.dom.xmlbuilder import DOMImplementationLS, DocumentLS

_N = xml.dom.Node
_nodeTypes_with_children = (_N.ELEMENT_NODE, _N.ENTITY_REFERENCE_NODE)


class Node(xml.dom.Node, object):
    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_PREFIX
    nodeValue = None
    _user_data = None

    def __nonzero__(self):
        return True

    def toxml(self, encoding=None):
        return self.toprettyxml('', '', encoding)

    def toprettyxml(self, indent='\t', newl='\n', encoding=None):
        from StringIO import StringIO
        out = StringIO()
        if encoding is not None:
            import codecs
            writer = codecs.lookup(encoding)[3](out)
        else:
            writer = out
        if self.nodeType == _N.DOCUMENT_NODE:
            self.writexml(writer, '', indent, newl, encoding)
        else:
            self.writexml(writer, '', indent, newl)
        return out.getvalue()

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _get_childNodes(self):
        return self.childNodes

    def _get_firstChild(self):
        if self.childNodes:
            return self.childNodes[0]

    def _get_lastChild(self):
        if self.childNodes:
            return self.childNodes[-1]

    firstChild = property(lambda self: self._get_firstChild())
    lastChild = property(lambda self: self._get_lastChild())

    def _check_child(self, node):
        if node.nodeType not in self._child_node_types:
            raise xml.dom.HierarchyRequestErr(
                '%s cannot be child of %s' % (repr(node), repr(self)))

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == _N.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(newChild.childNodes):
                self.insertBefore(c, refChild)
            return newChild
        self._check_child(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        if refChild is None:
            self.appendChild(newChild)
        else:
            try:
                index = _index_of(self.childNodes, refChild)
            except ValueError:
                raise xml.dom.NotFoundErr()
            if newChild.nodeType in _nodeTypes_with_children:
                _clear_id_cache(self)
            self.childNodes.insert(index, newChild)
            newChild.nextSibling = refChild
            refChild.previousSibling = newChild
            if index:
                prev = self.childNodes[index - 1]
                prev.nextSibling = newChild
                newChild.previousSibling = prev
            else:
                newChild.previousSibling = None
            newChild.parentNode = self
        return newChild

    def appendChild(self, node):
        if node.nodeType == _N.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(node.childNodes):
                self.appendChild(c)
            return node
        self._check_child(node)
        if node.nodeType in _nodeTypes_with_children:
            _clear_id_cache(self)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        _append_child(self, node)
        node.nextSibling = None
        return node

    def replaceChild(self, newChild, oldChild):
        if newChild.nodeType == _N.DOCUMENT_FRAGMENT_NODE:
            ref = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, ref)
        self._check_child(newChild)
        if newChild is oldChild:
            return
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        try:
            index = _index_of(self.childNodes, oldChild)
        except ValueError:
            raise xml.dom.NotFoundErr()
        self.childNodes[index] = newChild
        newChild.parentNode = self
        oldChild.parentNode = None
        if newChild.nodeType in _nodeTypes_with_children or \
                oldChild.nodeType in _nodeTypes_with_children:
            _clear_id_cache(self)
        newChild.nextSibling = oldChild.nextSibling
        newChild.previousSibling = oldChild.previousSibling
        oldChild.nextSibling = oldChild.previousSibling = None
        if newChild.previousSibling:
            newChild.previousSibling.nextSibling = newChild
        if newChild.nextSibling:
            newChild.nextSibling.previousSibling = newChild
        return oldChild

    def removeChild(self, oldChild):
        try:
            del self.childNodes[_index_of(self.childNodes, oldChild)]
        except ValueError:
            raise xml.dom.NotFoundErr()
        if oldChild.nextSibling is not None:
            oldChild.nextSibling.previousSibling = oldChild.previousSibling
        if oldChild.previousSibling is not None:
            oldChild.previousSibling.nextSibling = oldChild.nextSibling
        oldChild.nextSibling = oldChild.previousSibling = None
        if oldChild.nodeType in _nodeTypes_with_children:
            _clear_id_cache(self)
        oldChild.parentNode = None
        return oldChild

    def normalize(self):
        """Merges adjacent text nodes and drops empty ones, throughout."""
        kept = []
        for child in self.childNodes:
            if child.nodeType == _N.TEXT_NODE:
                if not child.data:
                    if kept:
                        kept[-1].nextSibling = child.nextSibling
                    if child.nextSibling:
                        child.nextSibling.previousSibling = child.previousSibling
                    child.unlink()
                    continue
                if kept and kept[-1].nodeType == child.nodeType:
                    last = kept[-1]
                    last.data = last.data + child.data
                    last.nextSibling = child.nextSibling
                    if child.nextSibling:
                        child.nextSibling.previousSibling = last
                    child.unlink()
                    continue
                kept.append(child)
            else:
                kept.append(child)
                if child.nodeType == _N.ELEMENT_NODE:
                    child.normalize()
        self.childNodes[:] = kept

    def cloneNode(self, deep):
        return _clone_node(self, deep, self.ownerDocument or self)

    def isSupported(self, feature, version):
        return self.ownerDocument.implementation.hasFeature(feature, version)

    def _get_localName(self):
        return None

    def isSameNode(self, other):
        return self is other

    def getInterface(self, feature):
        if self.isSupported(feature, None):
            return self
        return None

    def getUserData(self, key):
        try:
            return self._user_data[key][0]
        except (AttributeError, KeyError, TypeError):
            return None

    def setUserData(self, key, data, handler):
        old = None
        if self._user_data is None:
            self._user_data = {}
        table = self._user_data
        if key in table:
            old = table[key][0]
        if data is None:
            handler = None
            if old is not None:
                del table[key]
        else:
            table[key] = (data, handler)
        return old

    def _call_user_data_handler(self, operation, src, dst):
        if self._user_data:
            for key, (data, handler) in self._user_data.items():
                if handler is not None:
                    handler.handle(operation, key, data, src, dst)

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        if self.childNodes:
            for child in self.childNodes:
                child.unlink()
            self.childNodes = NodeList()
        self.previousSibling = None
        self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()


defproperty(Node, 'localName', doc='Namespace-local name of this node.')


def _index_of(nodes, node):
    for i, n in enumerate(nodes):
        if n is node:
            return i
    raise ValueError


def _append_child(self, node):
    """Appends without the checks (the builders use this)."""
    children = self.childNodes
    if children:
        last = children[-1]
        node.previousSibling = last
        last.nextSibling = node
    children.append(node)
    node.parentNode = self


def _in_document(node):
    while node is not None:
        if node.nodeType == _N.DOCUMENT_NODE:
            return True
        node = node.parentNode
    return False


def _write_data(writer, data):
    if data:
        data = data.replace('&', '&amp;').replace('<', '&lt;'). \
            replace('"', '&quot;').replace('>', '&gt;')
        writer.write(data)


def _elements_by_tag(parent, name, out):
    for node in parent.childNodes:
        if node.nodeType == _N.ELEMENT_NODE:
            if name == '*' or node.tagName == name:
                out.append(node)
            _elements_by_tag(node, name, out)
    return out


def _elements_by_tag_ns(parent, uri, local, out):
    for node in parent.childNodes:
        if node.nodeType == _N.ELEMENT_NODE:
            if (local == '*' or node.localName == local) and \
                    (uri == '*' or node.namespaceURI == uri):
                out.append(node)
            _elements_by_tag_ns(node, uri, local, out)
    return out


_get_elements_by_tagName_helper = _elements_by_tag
_get_elements_by_tagName_ns_helper = _elements_by_tag_ns


class DocumentFragment(Node):
    nodeType = _N.DOCUMENT_FRAGMENT_NODE
    nodeName = '#document-fragment'
    nodeValue = None
    attributes = None
    parentNode = None
    _child_node_types = (_N.ELEMENT_NODE, _N.TEXT_NODE,
                         _N.CDATA_SECTION_NODE, _N.ENTITY_REFERENCE_NODE,
                         _N.PROCESSING_INSTRUCTION_NODE, _N.COMMENT_NODE,
                         _N.NOTATION_NODE)

    def __init__(self):
        self.childNodes = NodeList()


class Attr(Node):
    nodeType = _N.ATTRIBUTE_NODE
    attributes = None
    ownerElement = None
    specified = False
    _is_id = False
    _child_node_types = (_N.TEXT_NODE, _N.ENTITY_REFERENCE_NODE)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None,
                 prefix=None):
        d = self.__dict__
        d['_name'] = qName
        d['namespaceURI'] = namespaceURI
        d['_prefix'] = prefix
        d['childNodes'] = NodeList()
        d['_value'] = ''
        self.childNodes.append(Text())

    def _get_localName(self):
        if 'localName' in self.__dict__:
            return self.__dict__['localName']
        return self._name.split(':', 1)[-1]

    def _get_name(self):
        return self._name

    def _set_name(self, value):
        self.__dict__['_name'] = value
        if self.ownerElement is not None:
            _clear_id_cache(self.ownerElement)

    name = nodeName = property(_get_name, _set_name)

    def _get_value(self):
        return self._value

    def _set_value(self, value):
        self.__dict__['_value'] = value
        child = self.childNodes[0]
        child.__dict__['_data'] = value
        if self.ownerElement is not None:
            _clear_id_cache(self.ownerElement)

    value = nodeValue = property(_get_value, _set_value)

    def _get_prefix(self):
        return self._prefix

    def _set_prefix(self, prefix):
        uri = self.namespaceURI
        if prefix == 'xmlns' and uri and uri != XMLNS_NAMESPACE:
            raise xml.dom.NamespaceErr(
                "illegal use of 'xmlns' prefix for the wrong namespace")
        self.__dict__['_prefix'] = prefix
        local = self.localName
        self._set_name(local if prefix is None else
                       '%s:%s' % (prefix, local))

    prefix = property(_get_prefix, _set_prefix)

    def _get_specified(self):
        return self.specified

    def unlink(self):
        elem = self.ownerElement
        if elem is not None:
            del elem._attrs[self.nodeName]
            del elem._attrsNS[(self.namespaceURI, self.localName)]
            if self._is_id:
                self._is_id = False
                elem._magic_id_nodes -= 1
                self.ownerDocument._magic_id_count -= 1
        for child in self.childNodes:
            child.unlink()
        del self.childNodes[:]

    def _get_isId(self):
        if self._is_id:
            return True
        doc = self.ownerDocument
        elem = self.ownerElement
        if doc is None or elem is None:
            return False
        info = doc._get_elem_info(elem)
        if info is None:
            return False
        if self.namespaceURI:
            return info.isIdNS(self.namespaceURI, self.localName)
        return info.isId(self.nodeName)

    def _get_schemaType(self):
        doc = self.ownerDocument
        elem = self.ownerElement
        if doc is None or elem is None:
            return _no_type
        info = doc._get_elem_info(elem)
        if info is None:
            return _no_type
        if self.namespaceURI:
            return info.getAttributeTypeNS(self.namespaceURI, self.localName)
        return info.getAttributeType(self.nodeName)


defproperty(Attr, 'isId', doc='True if this attribute is an ID.')
Attr.localName = property(Attr._get_localName.im_func)
defproperty(Attr, 'schemaType', doc='Schema type for this attribute.')


class NamedNodeMap(object):
    """A live view of an element's attributes (ordered by insertion only
    as far as the underlying dict is)."""

    __slots__ = ('_attrs', '_attrsNS', '_ownerElement')

    def __init__(self, attrs, attrsNS, ownerElement):
        self._attrs = attrs
        self._attrsNS = attrsNS
        self._ownerElement = ownerElement

    def _get_length(self):
        return len(self._attrs)

    length = property(_get_length)

    def item(self, index):
        try:
            return self[self._attrs.keys()[index]]
        except IndexError:
            return None

    def items(self):
        return [(n.nodeName, n.value) for n in self._attrs.values()]

    def itemsNS(self):
        return [((n.namespaceURI, n.localName), n.value)
                for n in self._attrs.values()]

    def has_key(self, key):
        if isinstance(key, StringTypes):
            return key in self._attrs
        return key in self._attrsNS

    __contains__ = has_key

    def keys(self):
        return self._attrs.keys()

    def keysNS(self):
        return self._attrsNS.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __len__(self):
        return len(self._attrs)

    def __cmp__(self, other):
        if self._attrs is getattr(other, '_attrs', None):
            return 0
        return cmp(id(self), id(other))

    def __eq__(self, other):
        return self.__cmp__(other) == 0

    def __ne__(self, other):
        return self.__cmp__(other) != 0

    __hash__ = None

    def __getitem__(self, key):
        if isinstance(key, tuple):
            return self._attrsNS[key]
        return self._attrs[key]

    def __setitem__(self, attname, value):
        if isinstance(value, StringTypes):
            try:
                node = self._attrs[attname]
            except KeyError:
                node = Attr(attname)
                node.ownerDocument = self._ownerElement.ownerDocument
                self.setNamedItem(node)
            node.value = value
        else:
            if not isinstance(value, Attr):
                raise TypeError('value must be a string or Attr object')
            self.setNamedItem(value)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def removeNamedItem(self, name):
        node = self.getNamedItem(name)
        if node is None:
            raise xml.dom.NotFoundErr()
        _clear_id_cache(self._ownerElement)
        del self._attrs[node.nodeName]
        del self._attrsNS[(node.namespaceURI, node.localName)]
        node.ownerElement = None
        return node

    def removeNamedItemNS(self, namespaceURI, localName):
        node = self.getNamedItemNS(namespaceURI, localName)
        if node is None:
            raise xml.dom.NotFoundErr()
        _clear_id_cache(self._ownerElement)
        del self._attrsNS[(node.namespaceURI, node.localName)]
        del self._attrs[node.nodeName]
        node.ownerElement = None
        return node

    def setNamedItem(self, node):
        if not isinstance(node, Attr):
            raise xml.dom.HierarchyRequestErr(
                '%s cannot be child of %s' % (repr(node), repr(self)))
        old = self._attrs.get(node.name)
        if old:
            old.unlink()
        self._attrs[node.name] = node
        self._attrsNS[(node.namespaceURI, node.localName)] = node
        node.ownerElement = self._ownerElement
        _clear_id_cache(node.ownerElement)
        return old

    setNamedItemNS = setNamedItem

    def __delitem__(self, key):
        node = self[key]
        _clear_id_cache(node.ownerElement)
        node.unlink()

    def __getstate__(self):
        return self._attrs, self._attrsNS, self._ownerElement

    def __setstate__(self, state):
        self._attrs, self._attrsNS, self._ownerElement = state


AttributeList = NamedNodeMap


class TypeInfo(object):
    __slots__ = ('namespace', 'name')

    def __init__(self, namespace, name):
        self.namespace = namespace
        self.name = name

    def __repr__(self):
        if self.namespace:
            return '<TypeInfo %r (from %r)>' % (self.name, self.namespace)
        return '<TypeInfo %r>' % self.name

    def _get_name(self):
        return self.name

    def _get_namespace(self):
        return self.namespace

    def __getstate__(self):
        return self.namespace, self.name

    def __setstate__(self, state):
        self.namespace, self.name = state


_no_type = TypeInfo(None, None)


class Element(Node):
    nodeType = _N.ELEMENT_NODE
    nodeValue = None
    schemaType = _no_type
    _magic_id_nodes = 0
    _child_node_types = (_N.ELEMENT_NODE, _N.PROCESSING_INSTRUCTION_NODE,
                         _N.COMMENT_NODE, _N.TEXT_NODE,
                         _N.CDATA_SECTION_NODE, _N.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None,
                 localName=None):
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.childNodes = NodeList()
        self._attrs = {}
        self._attrsNS = {}

    def _get_localName(self):
        if 'localName' in self.__dict__:
            return self.__dict__['localName']
        return self.tagName.split(':', 1)[-1]

    def _get_tagName(self):
        return self.tagName

    def unlink(self):
        for attr in self._attrs.values():
            attr.unlink()
        self._attrs = None
        self._attrsNS = None
        Node.unlink(self)

    def getAttribute(self, attname):
        try:
            return self._attrs[attname].value
        except KeyError:
            return ''

    def getAttributeNS(self, namespaceURI, localName):
        try:
            return self._attrsNS[(namespaceURI, localName)].value
        except KeyError:
            return ''

    def setAttribute(self, attname, value):
        attr = self.getAttributeNode(attname)
        if attr is None:
            attr = Attr(attname)
            attr.value = value
            attr.ownerDocument = self.ownerDocument
            self.setAttributeNode(attr)
        elif value != attr.value:
            attr.value = value
            if attr.isId:
                _clear_id_cache(self)

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, localname = _nssplit(qualifiedName)
        attr = self.getAttributeNodeNS(namespaceURI, localname)
        if attr is None:
            attr = Attr(qualifiedName, namespaceURI, localname, prefix)
            attr.value = value
            attr.ownerDocument = self.ownerDocument
            self.setAttributeNode(attr)
        else:
            if value != attr.value:
                attr.value = value
                if attr.isId:
                    _clear_id_cache(self)
            if attr.prefix != prefix:
                attr.prefix = prefix
                attr.nodeName = qualifiedName

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise xml.dom.InuseAttributeErr('attribute node already owned')
        old1 = self._attrs.get(attr.name)
        if old1 is not None:
            self.removeAttributeNode(old1)
        old2 = self._attrsNS.get((attr.namespaceURI, attr.localName))
        if old2 is not None and old2 is not old1:
            self.removeAttributeNode(old2)
        _set_attribute_node(self, attr)
        if old1 is not attr:
            return old1
        if old2 is not attr:
            return old2

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        try:
            attr = self._attrs[name]
        except KeyError:
            raise xml.dom.NotFoundErr()
        self.removeAttributeNode(attr)

    def removeAttributeNS(self, namespaceURI, localName):
        try:
            attr = self._attrsNS[(namespaceURI, localName)]
        except KeyError:
            raise xml.dom.NotFoundErr()
        self.removeAttributeNode(attr)

    def removeAttributeNode(self, node):
        if node is None:
            raise xml.dom.NotFoundErr()
        try:
            self._attrs[node.name]
        except KeyError:
            raise xml.dom.NotFoundErr()
        _clear_id_cache(self)
        node.unlink()
        node.ownerDocument = self.ownerDocument
        return node

    removeAttributeNodeNS = removeAttributeNode

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return (namespaceURI, localName) in self._attrsNS

    def getElementsByTagName(self, name):
        return _elements_by_tag(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _elements_by_tag_ns(self, namespaceURI, localName, NodeList())

    def __repr__(self):
        return '<DOM Element: %s at %#x>' % (self.tagName, id(self))

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(indent + '<' + self.tagName)
        attrs = self._attrs
        for name in sorted(attrs.keys()):
            writer.write(' %s="' % name)
            _write_data(writer, attrs[name].value)
            writer.write('"')
        kids = self.childNodes
        if kids:
            writer.write('>')
            if len(kids) == 1 and kids[0].nodeType in (
                    _N.TEXT_NODE, _N.CDATA_SECTION_NODE):
                kids[0].writexml(writer, '', '', '')
            else:
                writer.write(newl)
                for node in kids:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write('</%s>%s' % (self.tagName, newl))
        else:
            writer.write('/>%s' % newl)

    def _get_attributes(self):
        return NamedNodeMap(self._attrs, self._attrsNS, self)

    def hasAttributes(self):
        return bool(self._attrs)

    def setIdAttribute(self, name):
        self.setIdAttributeNode(self.getAttributeNode(name))

    def setIdAttributeNS(self, namespaceURI, localName):
        self.setIdAttributeNode(self.getAttributeNodeNS(namespaceURI,
                                                        localName))

    def setIdAttributeNode(self, idAttr):
        if idAttr is None or not self.isSameNode(idAttr.ownerElement):
            raise xml.dom.NotFoundErr()
        if _get_containing_entref(self) is not None:
            raise xml.dom.NoModificationAllowedErr()
        if not idAttr._is_id:
            idAttr.__dict__['_is_id'] = True
            self._magic_id_nodes += 1
            self.ownerDocument._magic_id_count += 1
            _clear_id_cache(self)


defproperty(Element, 'attributes',
            doc='NamedNodeMap of attributes on the element.')
Element.localName = property(Element._get_localName.im_func)


def _set_attribute_node(element, attr):
    _clear_id_cache(element)
    element._attrs[attr.name] = attr
    element._attrsNS[(attr.namespaceURI, attr.localName)] = attr
    attr.__dict__['ownerElement'] = element


class Childless:
    """Behaviour of nodes that cannot have children."""

    attributes = None
    childNodes = EmptyNodeList()
    firstChild = None
    lastChild = None

    def _get_firstChild(self):
        return None

    def _get_lastChild(self):
        return None

    def appendChild(self, node):
        raise xml.dom.HierarchyRequestErr(
            self.nodeName + ' nodes cannot have children')

    def hasChildNodes(self):
        return False

    def insertBefore(self, newChild, refChild):
        raise xml.dom.HierarchyRequestErr(
            self.nodeName + ' nodes do not have children')

    def removeChild(self, oldChild):
        raise xml.dom.NotFoundErr(
            self.nodeName + ' nodes do not have children')

    def normalize(self):
        pass

    def replaceChild(self, newChild, oldChild):
        raise xml.dom.HierarchyRequestErr(
            self.nodeName + ' nodes do not have children')


class ProcessingInstruction(Childless, Node):
    nodeType = _N.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = target
        self.data = data

    def _get_data(self):
        return self.data

    def _set_data(self, value):
        self.data = value

    nodeValue = property(lambda self: self.data, _set_data)
    nodeName = property(lambda self: self.target,
                        lambda self, v: setattr(self, 'target', v))

    def _get_target(self):
        return self.target

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write('%s<?%s %s?>%s' % (indent, self.target, self.data, newl))


class CharacterData(Childless, Node):
    _data = ''

    def _get_length(self):
        return len(self._data)

    __len__ = _get_length

    def _get_data(self):
        return self._data

    def _set_data(self, data):
        self.__dict__['_data'] = data

    data = nodeValue = property(_get_data, _set_data)

    def __repr__(self):
        data = self.data
        dots = '...' if len(data) > 10 else ''
        return '<DOM %s node "%r%s">' % (self.__class__.__name__,
                                         data[0:10], dots)

    def _check_range(self, offset, count=0):
        if offset < 0:
            raise xml.dom.IndexSizeErr('offset cannot be negative')
        if offset >= len(self.data):
            raise xml.dom.IndexSizeErr('offset cannot be beyond end of data')
        if count < 0:
            raise xml.dom.IndexSizeErr('count cannot be negative')

    def substringData(self, offset, count):
        self._check_range(offset, count)
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data = self.data + arg

    def insertData(self, offset, arg):
        self._check_range(offset)
        if arg:
            self.data = '%s%s%s' % (self.data[:offset], arg,
                                    self.data[offset:])

    def deleteData(self, offset, count):
        self._check_range(offset, count)
        if count:
            self.data = self.data[:offset] + self.data[offset + count:]

    def replaceData(self, offset, count, arg):
        self._check_range(offset, count)
        if count:
            self.data = '%s%s%s' % (self.data[:offset], arg,
                                    self.data[offset + count:])


defproperty(CharacterData, 'length', doc='Length of the string data.')


class Text(CharacterData):
    nodeType = _N.TEXT_NODE
    nodeName = '#text'
    attributes = None

    def splitText(self, offset):
        if offset < 0 or offset > len(self.data):
            raise xml.dom.IndexSizeErr('illegal offset value')
        new = self.__class__()
        new.data = self.data[offset:]
        new.ownerDocument = self.ownerDocument
        nxt = self.nextSibling
        if self.parentNode and self in self.parentNode.childNodes:
            if nxt is None:
                self.parentNode.appendChild(new)
            else:
                self.parentNode.insertBefore(new, nxt)
        self.data = self.data[:offset]
        return new

    def writexml(self, writer, indent='', addindent='', newl=''):
        _write_data(writer, '%s%s%s' % (indent, self.data, newl))

    def _get_wholeText(self):
        parts = [self.data]
        n = self.previousSibling
        while n is not None and n.nodeType in (_N.TEXT_NODE,
                                               _N.CDATA_SECTION_NODE):
            parts.insert(0, n.data)
            n = n.previousSibling
        n = self.nextSibling
        while n is not None and n.nodeType in (_N.TEXT_NODE,
                                               _N.CDATA_SECTION_NODE):
            parts.append(n.data)
            n = n.nextSibling
        return ''.join(parts)

    def replaceWholeText(self, content):
        # drop the logically-adjacent text nodes, then reuse this one
        parent = self.parentNode
        for step in ('previousSibling', 'nextSibling'):
            n = getattr(self, step)
            while n is not None and n.nodeType in (_N.TEXT_NODE,
                                                   _N.CDATA_SECTION_NODE):
                following = getattr(n, step)
                parent.removeChild(n)
                n = following
        if content:
            self.data = content
            return self
        parent.removeChild(self)
        return None

    def _get_isWhitespaceInElementContent(self):
        if self.data.strip():
            return False
        elem = _get_containing_element(self)
        if elem is None:
            return False
        info = self.ownerDocument._get_elem_info(elem)
        if info is None:
            return False
        return info.isElementContent()


defproperty(Text, 'isWhitespaceInElementContent',
            doc='True iff this text node contains only whitespace'
                ' and is in element content.')
defproperty(Text, 'wholeText',
            doc='The text of all logically-adjacent text nodes.')


def _get_containing_element(node):
    c = node.parentNode
    while c is not None:
        if c.nodeType == _N.ELEMENT_NODE:
            return c
        c = c.parentNode
    return None


def _get_containing_entref(node):
    c = node.parentNode
    while c is not None:
        if c.nodeType == _N.ENTITY_REFERENCE_NODE:
            return c
        c = c.parentNode
    return None


class Comment(CharacterData):
    nodeType = _N.COMMENT_NODE
    nodeName = '#comment'

    def __init__(self, data):
        self.data = data

    def writexml(self, writer, indent='', addindent='', newl=''):
        if '--' in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write('%s<!--%s-->%s' % (indent, self.data, newl))


class CDATASection(Text):
    nodeType = _N.CDATA_SECTION_NODE
    nodeName = '#cdata-section'

    def writexml(self, writer, indent='', addindent='', newl=''):
        if self.data.find(']]>') >= 0:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write('<![CDATA[%s]]>' % self.data)


class ReadOnlySequentialNamedNodeMap(object):
    __slots__ = ('_seq',)

    def __init__(self, seq=()):
        self._seq = seq

    def __len__(self):
        return len(self._seq)

    def _get_length(self):
        return len(self._seq)

    length = property(_get_length)

    def getNamedItem(self, name):
        for n in self._seq:
            if n.nodeName == name:
                return n

    def getNamedItemNS(self, namespaceURI, localName):
        for n in self._seq:
            if n.namespaceURI == namespaceURI and n.localName == localName:
                return n

    def __getitem__(self, key):
        if isinstance(key, tuple):
            node = self.getNamedItemNS(*key)
        else:
            node = self.getNamedItem(key)
        if node is None:
            raise KeyError(key)
        return node

    def item(self, index):
        if index < 0:
            return None
        try:
            return self._seq[index]
        except IndexError:
            return None

    def _read_only(self, *args):
        raise xml.dom.NoModificationAllowedErr(
            'NamedNodeMap instance is read-only')

    removeNamedItem = removeNamedItemNS = _read_only
    setNamedItem = setNamedItemNS = _read_only

    def __getstate__(self):
        return [self._seq]

    def __setstate__(self, state):
        self._seq = state[0]


class Identified:
    """publicId/systemId for doctypes, entities and notations."""

    def _identified_mixin_init(self, publicId, systemId):
        self.publicId = publicId
        self.systemId = systemId

    def _get_publicId(self):
        return self.publicId

    def _get_systemId(self):
        return self.systemId


class DocumentType(Identified, Childless, Node):
    nodeType = _N.DOCUMENT_TYPE_NODE
    nodeValue = None
    name = None
    publicId = None
    systemId = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.entities = ReadOnlySequentialNamedNodeMap()
        self.notations = ReadOnlySequentialNamedNodeMap()
        if qualifiedName:
            prefix, localname = _nssplit(qualifiedName)
            self.name = localname
        self.nodeName = self.name

    def _get_internalSubset(self):
        return self.internalSubset

    def cloneNode(self, deep):
        if self.ownerDocument is not None:
            return None
        # a doctype not yet in a document can be cloned
        clone = DocumentType(None)
        clone.name = self.name
        clone.nodeName = self.name
        op = xml.dom.UserDataHandler.NODE_CLONED
        if deep:
            clone.entities._seq = []
            clone.notations._seq = []
            for n in self.notations._seq:
                nn = Notation(n.nodeName, n.publicId, n.systemId)
                clone.notations._seq.append(nn)
                n._call_user_data_handler(op, n, nn)
            for e in self.entities._seq:
                ee = Entity(e.nodeName, e.publicId, e.systemId,
                            e.notationName)
                ee.actualEncoding = e.actualEncoding
                ee.encoding = e.encoding
                ee.version = e.version
                clone.entities._seq.append(ee)
                e._call_user_data_handler(op, e, ee)
        self._call_user_data_handler(op, self, clone)
        return clone

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write('<!DOCTYPE ')
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'" % (
                newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(' [')
            writer.write(self.internalSubset)
            writer.write(']')
        writer.write('>' + newl)


class Entity(Identified, Node):
    attributes = None
    nodeType = _N.ENTITY_NODE
    nodeValue = None
    actualEncoding = None
    encoding = None
    version = None

    def __init__(self, name, publicId, systemId, notation):
        self.nodeName = name
        self.notationName = notation
        self.childNodes = NodeList()
        self._identified_mixin_init(publicId, systemId)

    def _get_actualEncoding(self):
        return self.actualEncoding

    def _get_encoding(self):
        return self.encoding

    def _get_version(self):
        return self.version

    def _refuse(self, *args):
        raise xml.dom.HierarchyRequestErr(
            'cannot modify children of an entity node')

    appendChild = insertBefore = removeChild = replaceChild = _refuse


class Notation(Identified, Childless, Node):
    nodeType = _N.NOTATION_NODE
    nodeValue = None

    def __init__(self, name, publicId, systemId):
        self.nodeName = name
        self._identified_mixin_init(publicId, systemId)


class DOMImplementation(DOMImplementationLS):
    _features = [('core', '1.0'), ('core', '2.0'), ('core', None),
                 ('xml', '1.0'), ('xml', '2.0'), ('xml', None),
                 ('ls-load', '3.0'), ('ls-load', None)]

    def hasFeature(self, feature, version):
        if version == '':
            version = None
        return (feature.lower(), version) in self._features

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype and doctype.parentNode is not None:
            raise xml.dom.WrongDocumentErr(
                'doctype object owned by another DOM tree')
        doc = self._create_document()
        add_root_element = not (namespaceURI is None and
                                qualifiedName is None and doctype is None)
        if not qualifiedName and add_root_element:
            raise xml.dom.InvalidCharacterErr('Element with no name')
        if add_root_element:
            prefix, localname = _nssplit(qualifiedName)
            if prefix == 'xml' and \
                    namespaceURI != 'http://www.w3.org/XML/1998/namespace':
                raise xml.dom.NamespaceErr("illegal use of 'xml' prefix")
            if prefix and not namespaceURI:
                raise xml.dom.NamespaceErr(
                    'illegal use of prefix without namespaces')
            element = doc.createElementNS(namespaceURI, qualifiedName)
            if doctype:
                doc.appendChild(doctype)
            doc.appendChild(element)
        if doctype:
            doctype.parentNode = doctype.ownerDocument = doc
        doc.doctype = doctype
        doc.implementation = self
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        doctype = DocumentType(qualifiedName)
        doctype.publicId = publicId
        doctype.systemId = systemId
        return doctype

    def getInterface(self, feature):
        if self.hasFeature(feature, None):
            return self
        return None

    def _create_document(self):
        return Document()


class ElementInfo(object):
    """What the DTD said about an element (nothing, here)."""

    __slots__ = ('tagName',)

    def __init__(self, name):
        self.tagName = name

    def getAttributeType(self, aname):
        return _no_type

    def getAttributeTypeNS(self, namespaceURI, localName):
        return _no_type

    def isElementContent(self):
        return False

    def isEmpty(self):
        return False

    def isId(self, aname):
        return False

    def isIdNS(self, namespaceURI, localName):
        return False

    def __getstate__(self):
        return self.tagName

    def __setstate__(self, state):
        self.tagName = state


def _clear_id_cache(node):
    if node.nodeType == _N.DOCUMENT_NODE:
        node._id_cache.clear()
        node._id_search_stack = None
    elif _in_document(node):
        node.ownerDocument._id_cache.clear()
        node.ownerDocument._id_search_stack = None


class Document(Node, DocumentLS):
    _child_node_types = (_N.ELEMENT_NODE, _N.PROCESSING_INSTRUCTION_NODE,
                         _N.COMMENT_NODE, _N.DOCUMENT_TYPE_NODE)
    implementation = DOMImplementation()
    nodeType = _N.DOCUMENT_NODE
    nodeName = '#document'
    nodeValue = None
    attributes = None
    doctype = None
    parentNode = None
    previousSibling = nextSibling = None
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    strictErrorChecking = False
    errorHandler = None
    documentURI = None
    _magic_id_count = 0

    def __init__(self):
        self.childNodes = NodeList()
        self._elem_info = {}
        self._id_cache = {}
        self._id_search_stack = None

    def _get_elem_info(self, element):
        if element.namespaceURI:
            key = element.namespaceURI, element.localName
        else:
            key = element.tagName
        return self._elem_info.get(key)

    def _get_actualEncoding(self):
        return self.actualEncoding

    def _get_doctype(self):
        return self.doctype

    def _get_documentURI(self):
        return self.documentURI

    def _get_encoding(self):
        return self.encoding

    def _get_errorHandler(self):
        return self.errorHandler

    def _get_standalone(self):
        return self.standalone

    def _get_strictErrorChecking(self):
        return self.strictErrorChecking

    def _get_version(self):
        return self.version

    def appendChild(self, node):
        if node.nodeType not in self._child_node_types:
            raise xml.dom.HierarchyRequestErr(
                '%s cannot be child of %s' % (repr(node), repr(self)))
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        if node.nodeType == _N.ELEMENT_NODE and \
                self._get_documentElement():
            raise xml.dom.HierarchyRequestErr(
                'two document elements disallowed')
        return Node.appendChild(self, node)

    def removeChild(self, oldChild):
        try:
            del self.childNodes[_index_of(self.childNodes, oldChild)]
        except ValueError:
            raise xml.dom.NotFoundErr()
        oldChild.nextSibling = oldChild.previousSibling = None
        oldChild.parentNode = None
        if self.documentElement is oldChild:
            self.documentElement = None
        return oldChild

    def _get_documentElement(self):
        for node in self.childNodes:
            if node.nodeType == _N.ELEMENT_NODE:
                return node

    documentElement = property(_get_documentElement,
                               lambda self, v: None)

    def unlink(self):
        if self.doctype is not None:
            self.doctype.unlink()
            self.doctype = None
        Node.unlink(self)

    def cloneNode(self, deep):
        if not deep:
            return None
        clone = self.implementation.createDocument(None, None, None)
        clone.encoding = self.encoding
        clone.standalone = self.standalone
        clone.version = self.version
        for n in self.childNodes:
            childclone = _clone_node(n, deep, clone)
            assert childclone.ownerDocument.isSameNode(clone)
            clone.childNodes.append(childclone)
            if childclone.nodeType == _N.DOCUMENT_NODE:
                assert clone.documentElement is None
            elif childclone.nodeType == _N.DOCUMENT_TYPE_NODE:
                assert clone.doctype is None
                clone.doctype = childclone
            childclone.parentNode = clone
        self._call_user_data_handler(xml.dom.UserDataHandler.NODE_CLONED,
                                     self, clone)
        return clone

    def createDocumentFragment(self):
        d = DocumentFragment()
        d.ownerDocument = self
        return d

    def createElement(self, tagName):
        e = Element(tagName)
        e.ownerDocument = self
        return e

    def createTextNode(self, data):
        if not isinstance(data, StringTypes):
            raise TypeError('node contents must be a string')
        t = Text()
        t.data = data
        t.ownerDocument = self
        return t

    def createCDATASection(self, data):
        if not isinstance(data, StringTypes):
            raise TypeError('node contents must be a string')
        c = CDATASection()
        c.data = data
        c.ownerDocument = self
        return c

    def createComment(self, data):
        c = Comment(data)
        c.ownerDocument = self
        return c

    def createProcessingInstruction(self, target, data):
        p = ProcessingInstruction(target, data)
        p.ownerDocument = self
        return p

    def createAttribute(self, qName):
        a = Attr(qName)
        a.ownerDocument = self
        a.value = ''
        return a

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, localName = _nssplit(qualifiedName)
        e = Element(qualifiedName, namespaceURI, prefix)
        e.ownerDocument = self
        return e

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, localName = _nssplit(qualifiedName)
        a = Attr(qualifiedName, namespaceURI, localName, prefix)
        a.ownerDocument = self
        a.value = ''
        return a

    def _create_entity(self, name, publicId, systemId, notationName):
        e = Entity(name, publicId, systemId, notationName)
        e.ownerDocument = self
        return e

    def _create_notation(self, name, publicId, systemId):
        n = Notation(name, publicId, systemId)
        n.ownerDocument = self
        return n

    def getElementById(self, id):
        if id in self._id_cache:
            return self._id_cache[id]
        if not (self._elem_info or self._magic_id_count):
            return None
        for node in self.documentElement.getElementsByTagName('*') \
                if self.documentElement else ():
            for attr in node._attrs.values():
                if attr._is_id or attr.isId:
                    self._id_cache.setdefault(attr.value, node)
            if id in self._id_cache:
                return self._id_cache[id]
        root = self.documentElement
        if root is not None:
            for attr in root._attrs.values():
                if (attr._is_id or attr.isId) and attr.value == id:
                    return root
        return None

    def getElementsByTagName(self, name):
        return _elements_by_tag(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _elements_by_tag_ns(self, namespaceURI, localName, NodeList())

    def isSupported(self, feature, version):
        return self.implementation.hasFeature(feature, version)

    def importNode(self, node, deep):
        if node.nodeType == _N.DOCUMENT_NODE:
            raise xml.dom.NotSupportedErr('cannot import document nodes')
        if node.nodeType == _N.DOCUMENT_TYPE_NODE:
            raise xml.dom.NotSupportedErr('cannot import document type nodes')
        return _clone_node(node, deep, self)

    def writexml(self, writer, indent='', addindent='', newl='',
                 encoding=None):
        if encoding is None:
            writer.write('<?xml version="1.0" ?>' + newl)
        else:
            writer.write('<?xml version="1.0" encoding="%s"?>%s' %
                         (encoding, newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)

    def renameNode(self, n, namespaceURI, name):
        if n.ownerDocument is not self:
            raise xml.dom.WrongDocumentErr(
                'cannot rename nodes from other documents;\n'
                'expected %s,\nfound %s' % (self, n.ownerDocument))
        if n.nodeType not in (_N.ELEMENT_NODE, _N.ATTRIBUTE_NODE):
            raise xml.dom.NotSupportedErr(
                'renameNode() only applies to element and attribute nodes')
        if namespaceURI != EMPTY_NAMESPACE:
            if ':' in name:
                prefix, localName = name.split(':', 1)
                if prefix == 'xmlns' and \
                        namespaceURI != xml.dom.XMLNS_NAMESPACE:
                    raise xml.dom.NamespaceErr(
                        "illegal use of 'xmlns' prefix")
            else:
                if name == 'xmlns' and \
                        namespaceURI != xml.dom.XMLNS_NAMESPACE and \
                        n.nodeType == _N.ATTRIBUTE_NODE:
                    raise xml.dom.NamespaceErr(
                        "illegal use of the 'xmlns' attribute")
                prefix = None
                localName = name
        else:
            prefix = None
            localName = None
        if n.nodeType == _N.ATTRIBUTE_NODE:
            element = n.ownerElement
            if element is not None:
                is_id = n._is_id
                element.removeAttributeNode(n)
        else:
            element = None
        d = n.__dict__
        if n.nodeType == _N.ATTRIBUTE_NODE:
            d['_prefix'] = prefix
            d['localName'] = localName
            d['namespaceURI'] = namespaceURI
            d['_name'] = name
        else:
            d['prefix'] = prefix
            d['localName'] = localName
            d['namespaceURI'] = namespaceURI
            d['nodeName'] = d['tagName'] = name
        if n.nodeType == _N.ELEMENT_NODE:
            d['tagName'] = name
        elif element is not None:
            element.setAttributeNode(n)
            if is_id:
                element.setIdAttributeNode(n)
        return n


defproperty(Document, 'actualEncoding', doc='Encoding of the document.')
Document.localName = property(lambda self: None)


def _clone_node(node, deep, newOwnerDocument):
    """A clone of node owned by newOwnerDocument (which may be node's own
    document, for cloneNode, or another one, for importNode)."""
    if node.ownerDocument is newOwnerDocument:
        operation = xml.dom.UserDataHandler.NODE_CLONED
    else:
        operation = xml.dom.UserDataHandler.NODE_IMPORTED
    t = node.nodeType
    if t == _N.ELEMENT_NODE:
        clone = newOwnerDocument.createElementNS(node.namespaceURI,
                                                 node.nodeName)
        for attr in node._attrs.values():
            clone.setAttributeNS(attr.namespaceURI, attr.nodeName,
                                 attr.value)
            a = clone.getAttributeNodeNS(attr.namespaceURI, attr.localName)
            a.specified = attr.specified
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone_node(child, deep, newOwnerDocument))
    elif t == _N.DOCUMENT_FRAGMENT_NODE:
        clone = newOwnerDocument.createDocumentFragment()
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone_node(child, deep, newOwnerDocument))
    elif t == _N.TEXT_NODE:
        clone = newOwnerDocument.createTextNode(node.data)
    elif t == _N.CDATA_SECTION_NODE:
        clone = newOwnerDocument.createCDATASection(node.data)
    elif t == _N.PROCESSING_INSTRUCTION_NODE:
        clone = newOwnerDocument.createProcessingInstruction(node.target,
                                                             node.data)
    elif t == _N.COMMENT_NODE:
        clone = newOwnerDocument.createComment(node.data)
    elif t == _N.ATTRIBUTE_NODE:
        clone = newOwnerDocument.createAttributeNS(node.namespaceURI,
                                                   node.nodeName)
        clone.specified = True
        clone.value = node.value
    elif t == _N.DOCUMENT_TYPE_NODE:
        assert node.ownerDocument is not newOwnerDocument
        operation = xml.dom.UserDataHandler.NODE_IMPORTED
        clone = newOwnerDocument.implementation.createDocumentType(
            node.name, node.publicId, node.systemId)
        clone.ownerDocument = newOwnerDocument
        if deep:
            clone.entities._seq = []
            clone.notations._seq = []
            for n in node.notations._seq:
                notation = Notation(n.nodeName, n.publicId, n.systemId)
                notation.ownerDocument = newOwnerDocument
                clone.notations._seq.append(notation)
                if hasattr(n, '_call_user_data_handler'):
                    n._call_user_data_handler(operation, n, notation)
            for e in node.entities._seq:
                entity = Entity(e.nodeName, e.publicId, e.systemId,
                                e.notationName)
                entity.actualEncoding = e.actualEncoding
                entity.encoding = e.encoding
                entity.version = e.version
                entity.ownerDocument = newOwnerDocument
                clone.entities._seq.append(entity)
                if hasattr(e, '_call_user_data_handler'):
                    e._call_user_data_handler(operation, e, entity)
    else:
        raise xml.dom.NotSupportedErr('Cannot clone node %s' % repr(node))
    if hasattr(node, '_call_user_data_handler'):
        node._call_user_data_handler(operation, node, clone)
    return clone


def _nssplit(qualifiedName):
    fields = qualifiedName.split(':', 1)
    if len(fields) == 2:
        return fields
    return (None, fields[0])


def _do_pulldom_parse(func, args, kwargs):
    events = func(*args, **kwargs)
    toktype, rootNode = events.getEvent()
    events.expandNode(rootNode)
    events.clear()
    return rootNode


def parse(file, parser=None, bufsize=None):
    """A Document from a file name or file object."""
    if parser is None and not bufsize:
        from xml.dom import expatbuilder
        return expatbuilder.parse(file)
    from xml.dom import pulldom
    return _do_pulldom_parse(pulldom.parse, (file,),
                             {'parser': parser, 'bufsize': bufsize})


def parseString(string, parser=None):
    """A Document from XML text."""
    if parser is None:
        from xml.dom import expatbuilder
        return expatbuilder.parseString(string)
    from xml.dom import pulldom
    return _do_pulldom_parse(pulldom.parseString, (string,),
                             {'parser': parser})


def getDOMImplementation(features=None):
    if features:
        if isinstance(features, StringTypes):
            features = domreg._parse_feature_string(features)
        for f, v in features:
            if not Document.implementation.hasFeature(f, v):
                return None
    return Document.implementation
