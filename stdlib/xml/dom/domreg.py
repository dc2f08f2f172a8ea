"""xml.dom.domreg (minipy's own): finding a DOM implementation by name or
by the features it must offer."""

import os
import sys

well_known_implementations = {
    'minidom': 'xml.dom.minidom',
    '4DOM': 'xml.dom.DOMImplementation',
}

registered = {}


def registerDOMImplementation(name, factory):
    registered[name] = factory


def _offers(dom, features):
    for feature, version in features:
        if not dom.hasFeature(feature, version):
            return False
    return True


def getDOMImplementation(name=None, features=()):
    module = well_known_implementations.get(name)
    if module:
        mod = __import__(module, {}, {}, ['getDOMImplementation'])
        return mod.getDOMImplementation()
    if name:
        return registered[name]()
    if 'PYTHON_DOM' in os.environ:
        return getDOMImplementation(name=os.environ['PYTHON_DOM'])
    if isinstance(features, basestring):
        features = _parse_feature_string(features)
    for factory in registered.values():
        dom = factory()
        if _offers(dom, features):
            return dom
    for known in well_known_implementations.keys():
        try:
            dom = getDOMImplementation(name=known)
        except StandardError:
            continue
        if _offers(dom, features):
            return dom
    raise ImportError('no suitable DOM implementation found')


def _parse_feature_string(s):
    """'core 2.0 xml' -> [('core', '2.0'), ('xml', None)]."""
    words = s.split()
    out = []
    i = 0
    while i < len(words):
        feature = words[i]
        if feature[0] in '0123456789':
            raise ValueError('bad feature name: %r' % (feature,))
        i += 1
        version = None
        if i < len(words) and words[i][0] in '0123456789':
            version = words[i]
            i += 1
        out.append((feature, version))
    return tuple(out)
