"""xml.dom (minipy's own): the DOM node-type and exception-code constants,
the DOMException family and the implementation registry; minidom and
pulldom are the implementations."""


class Node:
    """The nodeType constants."""
    ELEMENT_NODE = 1
    ATTRIBUTE_NODE = 2
    TEXT_NODE = 3
    CDATA_SECTION_NODE = 4
    ENTITY_REFERENCE_NODE = 5
    ENTITY_NODE = 6
    PROCESSING_INSTRUCTION_NODE = 7
    COMMENT_NODE = 8
    DOCUMENT_NODE = 9
    DOCUMENT_TYPE_NODE = 10
    DOCUMENT_FRAGMENT_NODE = 11
    NOTATION_NODE = 12


_CODES = [
    ('INDEX_SIZE_ERR', 'IndexSizeErr'),
    ('DOMSTRING_SIZE_ERR', 'DomstringSizeErr'),
    ('HIERARCHY_REQUEST_ERR', 'HierarchyRequestErr'),
    ('WRONG_DOCUMENT_ERR', 'WrongDocumentErr'),
    ('INVALID_CHARACTER_ERR', 'InvalidCharacterErr'),
    ('NO_DATA_ALLOWED_ERR', 'NoDataAllowedErr'),
    ('NO_MODIFICATION_ALLOWED_ERR', 'NoModificationAllowedErr'),
    ('NOT_FOUND_ERR', 'NotFoundErr'),
    ('NOT_SUPPORTED_ERR', 'NotSupportedErr'),
    ('INUSE_ATTRIBUTE_ERR', 'InuseAttributeErr'),
    ('INVALID_STATE_ERR', 'InvalidStateErr'),
    ('SYNTAX_ERR', 'SyntaxErr'),
    ('INVALID_MODIFICATION_ERR', 'InvalidModificationErr'),
    ('NAMESPACE_ERR', 'NamespaceErr'),
    ('INVALID_ACCESS_ERR', 'InvalidAccessErr'),
    ('VALIDATION_ERR', 'ValidationErr'),
]


class DOMException(Exception):
    """Base of the DOM exceptions; each subclass carries its code."""

    def __init__(self, *args, **kw):
        if self.__class__ is DOMException:
            raise RuntimeError(
                'DOMException should not be instantiated directly')
        Exception.__init__(self, *args, **kw)

    def _get_code(self):
        return self.code


for _i, (_const, _cls) in enumerate(_CODES):
    globals()[_const] = _i + 1
    globals()[_cls] = type(_cls, (DOMException,),
                           {'code': _i + 1, '__module__': __name__})
del _i, _const, _cls


class UserDataHandler:
    """The operation codes passed to a user-data handler."""
    NODE_CLONED = 1
    NODE_IMPORTED = 2
    NODE_DELETED = 3
    NODE_RENAMED = 4


XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace'
XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/'
XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml'
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None

from domreg import getDOMImplementation, registerDOMImplementation
