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
