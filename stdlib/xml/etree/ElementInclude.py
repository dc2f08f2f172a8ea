"""xml.etree.ElementInclude (minipy's own): XInclude processing of an
element tree (xi:include with parse="xml" or parse="text")."""

import copy
from xml.etree import ElementTree

XINCLUDE = '{http://www.w3.org/2001/XInclude}'
XINCLUDE_INCLUDE = XINCLUDE + 'include'
XINCLUDE_FALLBACK = XINCLUDE + 'fallback'


class FatalIncludeError(SyntaxError):
    pass


def default_loader(href, parse, encoding=None):
    with open(href) as f:
        if parse == 'xml':
            return ElementTree.parse(f).getroot()
        data = f.read()
        if encoding:
            data = data.decode(encoding)
        return data


def _included(loader, href, parse, encoding):
    if parse == 'xml':
        node = loader(href, parse)
    else:
        node = loader(href, parse, encoding)
    if node is None:
        raise FatalIncludeError('cannot load %r as %r' % (href, parse))
    return node


def include(elem, loader=None):
    loader = loader or default_loader
    i = 0
    while i < len(elem):
        child = elem[i]
        if child.tag == XINCLUDE_INCLUDE:
            href = child.get('href')
            how = child.get('parse', 'xml')
            if how == 'xml':
                node = copy.copy(_included(loader, href, how, None))
                if child.tail:
                    node.tail = (node.tail or '') + child.tail
                elem[i] = node
            elif how == 'text':
                text = _included(loader, href, how, child.get('encoding'))
                text += child.tail or ''
                if i:
                    prev = elem[i - 1]
                    prev.tail = (prev.tail or '') + text
                else:
                    elem.text = (elem.text or '') + text
                del elem[i]
                continue
            else:
                raise FatalIncludeError(
                    'unknown parse type in xi:include tag (%r)' % how)
        elif child.tag == XINCLUDE_FALLBACK:
            raise FatalIncludeError(
                'xi:fallback tag must be child of xi:include (%r)' % child.tag)
        else:
            include(child, loader)
        i += 1
