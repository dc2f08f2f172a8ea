# coding: utf-8
# unicode(string, encoding[, errors]) decodes (minipy's unicode is str, so
# the str constructor takes that form too, while str(1, 2) keeps its own
# error), and the unicode_escape / raw_unicode_escape codecs.
def show(label, f):
    try:
        r = f()
        print label, r if isinstance(r, bool) else '%s (%s)' % (r.encode('utf-8') if isinstance(r, unicode) else r, len(r))
    except Exception as e:
        print label, type(e).__name__, e
show('str(1, 2)', lambda: str(1, 2))
show('str(1, 2, 3, 4)', lambda: str(1, 2, 3, 4))
show('unicode abc ascii', lambda: unicode('abc', 'ascii'))
show('unicode abc 2', lambda: unicode('abc', 2))
show('unicode kw encoding', lambda: unicode('abc', encoding='ascii'))
show('unicode kw string', lambda: unicode(string='x', encoding='ascii'))
show('unicode ignore', lambda: unicode('ab\xff', 'ascii', 'ignore'))
show('unicode strict', lambda: unicode('ab\xff', 'ascii'))
show('unicode 4 args', lambda: unicode('abc', 'ascii', 'strict', 4))
show('unicode errors kw only', lambda: unicode('a', errors='ignore'))
show('unicode bad kw', lambda: unicode('a', object='x'))
show('unicode int encoding', lambda: unicode(5, 'ascii'))
show('utf-8', lambda: unicode('caf\xc3\xa9', 'utf-8') == u'café')
show('raw-unicode-escape', lambda: unicode('\\u0663\\u0661\\u0664 ', 'raw-unicode-escape') == u'\u0663\u0661\u0664 ')
show('raw keeps other escapes', lambda: unicode('a\\n\\\\u0041', 'raw-unicode-escape') == u'a\\n\\\\u0041')
show('unicode-escape', lambda: unicode('\\t\\u20ac\\x41\\\\', 'unicode-escape') == u'\t\u20acA\\')
show('unicode-escape truncated', lambda: unicode('ab\\u12', 'unicode-escape'))
show('encode unicode-escape', lambda: u'a\tb\u20ac\\\xe9\U0001f600'.encode('unicode-escape'))
show('encode raw-unicode-escape', lambda: u'a\tb\u20ac\\'.encode('raw-unicode-escape'))
show('decode method', lambda: '\\u0041\\u00e9'.decode('unicode_escape') == u'A\xe9')
