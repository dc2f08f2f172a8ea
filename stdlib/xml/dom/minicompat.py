"""xml.dom.minicompat (minipy's own): the NodeList types and the
read-only property helper minidom uses."""

import xml.dom

__all__ = ['NodeList', 'EmptyNodeList', 'StringTypes', 'defproperty']

StringTypes = (str, unicode)


def _read_only(name):
    def setter(self, value):
        raise xml.dom.NoModificationAllowedErr(
            'attempt to modify read-only attribute %r' % name)
    return setter


class NodeList(list):
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    def _get_length(self):
        return len(self)

    length = property(_get_length, _read_only('length'),
                      doc='The number of nodes in the NodeList.')

    def __setstate__(self, state):
        self[:] = state or []


class EmptyNodeList(tuple):
    __slots__ = ()

    def __add__(self, other):
        result = NodeList()
        result.extend(other)
        return result

    __radd__ = __add__

    def item(self, index):
        return None

    def _get_length(self):
        return 0

    length = property(_get_length, _read_only('length'),
                      doc='The number of nodes in the NodeList.')


def defproperty(klass, name, doc):
    """Makes klass.name a read-only property over klass._get_<name>."""
    get = getattr(klass, '_get_' + name)
    get = getattr(get, 'im_func', get)
    assert not hasattr(klass, '_set_' + name), \
        'expected not to find _set_' + name
    setattr(klass, name, property(get, _read_only(name), doc=doc))
