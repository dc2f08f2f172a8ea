"""xml.etree.ElementPath (minipy's own): the small XPath subset that
Element.find/findall/findtext/iterfind understand.

A path is split into tokens, each step becomes a selector function that maps
an iterator of (context) elements to an iterator of matches; compiled paths
are kept in _cache."""

import re

_token_re = re.compile(
    r"('[^']*'|\"[^\"]*\""  # quoted literal
    r"|::|//?|\.\.|\(\)|[/.*:\[\]\(\)@=])"  # operators
    r"|((?:\{[^}]+\})?[^/\[\]\(\)@=\s]+)"  # names, possibly {uri}qualified
    r"|\s+")

_cache = {}
_MAX_CACHE = 100


def xpath_tokenizer(pattern, namespaces=None):
    for m in _token_re.finditer(pattern):
        op, tag = m.group(1), m.group(2)
        if op is None and tag is None:
            yield '', ''   # whitespace
            continue
        if tag and tag[0] != '{' and ':' in tag:
            prefix, local = tag.split(':', 1)
            try:
                if not namespaces:
                    raise KeyError
                yield op or '', '{%s}%s' % (namespaces[prefix], local)
            except KeyError:
                raise SyntaxError('prefix %r not found in prefix map' % prefix)
        else:
            yield op or '', tag or ''


def get_parent_map(context):
    pm = context.parent_map
    if pm is None:
        pm = context.parent_map = {}
        for p in context.root.iter():
            for c in p:
                pm[c] = p
    return pm


def _sel_tag(tag):
    def select(context, result):
        for elem in result:
            for child in elem:
                if child.tag == tag:
                    yield child
    return select


def _sel_star(context, result):
    for elem in result:
        for child in elem:
            yield child


def _sel_self(context, result):
    for elem in result:
        yield elem


def _sel_parent(context, result):
    pm = get_parent_map(context)
    seen = {}
    for elem in result:
        if elem in pm:
            p = pm[elem]
            if p not in seen:
                seen[p] = None
                yield p


def _make_descendant(tag):
    def select(context, result):
        for elem in result:
            for e in elem.iter(tag):
                if e is not elem:
                    yield e
    return select


def prepare_child(next, token):
    return _sel_tag(token[1])


def prepare_star(next, token):
    return _sel_star


def prepare_self(next, token):
    return _sel_self


def prepare_parent(next, token):
    return _sel_parent


def prepare_descendant(next, token):
    token = next()
    if token[0] == '*':
        tag = '*'
    elif not token[0]:
        tag = token[1]
    else:
        raise SyntaxError('invalid descendant')
    return _make_descendant(tag)


def prepare_predicate(next, token):
    # collect the predicate's tokens up to the closing bracket
    sig = []
    parts = []
    while True:
        token = next()
        if token[0] == ']':
            break
        if token[0] and token[0][:1] in '\'"':
            token = "'", token[0][1:-1]
        sig.append(token[0] or '-')
        parts.append(token[1])
    sig = ''.join(sig)
    if sig == '@-':
        key = parts[1]

        def select(context, result):
            for elem in result:
                if elem.get(key) is not None:
                    yield elem
        return select
    if sig == "@-='":
        key, value = parts[1], parts[-1]

        def select(context, result):
            for elem in result:
                if elem.get(key) == value:
                    yield elem
        return select
    if sig == '-' and not re.match(r'\d+$', parts[0]):
        tag = parts[0]

        def select(context, result):
            for elem in result:
                if elem.find(tag) is not None:
                    yield elem
        return select
    if sig == "-='" and not re.match(r'\d+$', parts[0]):
        tag, value = parts[0], parts[-1]

        def select(context, result):
            for elem in result:
                for e in elem.findall(tag):
                    if ''.join(e.itertext()) == value:
                        yield elem
                        break
        return select
    if sig in ('-', '-()', '-()-'):
        if sig == '-':
            index = int(parts[0]) - 1
            if index < 0:
                raise SyntaxError('XPath position >= 1 expected')
        else:
            if parts[0] != 'last':
                raise SyntaxError('unsupported function')
            if sig == '-()-':
                try:
                    index = int(parts[2]) - 1
                except ValueError:
                    raise SyntaxError('unsupported expression')
                if index > -2:
                    raise SyntaxError('XPath offset from last() must be '
                                      'negative')
            else:
                index = -1

        def select(context, result):
            pm = get_parent_map(context)
            for elem in result:
                try:
                    parent = pm[elem]
                    same = list(parent.findall(elem.tag))
                    if same[index] is elem:
                        yield elem
                except (IndexError, KeyError):
                    pass
        return select
    raise SyntaxError('invalid predicate')


ops = {
    '': prepare_child,
    '*': prepare_star,
    '.': prepare_self,
    '..': prepare_parent,
    '//': prepare_descendant,
    '[': prepare_predicate,
}


class _SelectorContext(object):
    parent_map = None

    def __init__(self, root):
        self.root = root


def _compile(path, namespaces):
    if path[-1:] == '/':
        path += '*'   # a trailing slash selects every child
    key = path
    if namespaces:
        key = (path,) + tuple(sorted(namespaces.items()))
    try:
        return _cache[key]
    except KeyError:
        pass
    if len(_cache) > _MAX_CACHE:
        _cache.clear()
    if path[:1] == '/':
        raise SyntaxError('cannot use absolute path on element')
    stream = iter(xpath_tokenizer(path, namespaces)).next
    try:
        token = stream()
    except StopIteration:
        return []
    selector = []
    while True:
        try:
            selector.append(ops[token[0]](stream, token))
        except StopIteration:
            raise SyntaxError('invalid path')
        except KeyError:
            raise SyntaxError('invalid path')
        try:
            token = stream()
            if token[0] == '/':
                token = stream()
        except StopIteration:
            break
    _cache[key] = selector
    return selector


def iterfind(elem, path, namespaces=None):
    selector = _compile(path, namespaces)
    result = [elem]
    context = _SelectorContext(elem)
    for select in selector:
        result = select(context, result)
    return result


def find(elem, path, namespaces=None):
    for e in iterfind(elem, path, namespaces):
        return e
    return None


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    e = find(elem, path, namespaces)
    if e is None:
        return default
    return e.text or ''
