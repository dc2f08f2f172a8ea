import unicodedata as ud
print ud.lookup('latin small letter a'), repr(ud.normalize('NFC',u'e\u0301')), ud.unidata_version
for f in ['NFC','NFD','NFKC','NFKD']:
    print f, repr(ud.normalize(f, u'\u1e9b\u0323 \ufb01 \uac01 \u1100\u1161\u11a8 \u00c5\u212b A\u030a\u0327'))
print ud.name(u'\uac01'), ud.name(u'\u4e00'), ud.name(u'\U0001d400'), ud.lookup('HANGUL SYLLABLE GAG') == u'\uac01'
print ud.category(u'\u0378'), ud.category(u'a'), ud.category(u'\U0001F600'), ud.bidirectional(u'\u05d0'), ud.combining(u'\u0301')
print ud.east_asian_width(u'\u4e00'), ud.mirrored(u'('), repr(ud.decomposition(u'\u00e9')), ud.numeric(u'\u00bd'), ud.decimal(u'\uff11'), ud.digit(u'\u00b2')
for f, a in [(ud.name, (u'\u0378',)), (ud.decimal, (u'a',)), (ud.name, ('a',)), (ud.name, (u'ab',)), (ud.numeric,(u'a',)), (ud.digit,(u'a',)), (ud.normalize, ('X', u'a')), (ud.lookup, ('NOPE',))]:
    try: f(*a)
    except Exception as e: print type(e).__name__, e
print ud.name(u'\u0378', 'dflt'), ud.numeric(u'x', 5)
# Characters newer than Unicode 5.2 read as unassigned, as in 2.7.
print ud.category(u'\u20ba'), ud.name(u'\u20ba', None), u'\u20ba'.isalpha()
print [ud.normalize('NFKC', u'\u2460\u00bd\u2126')], [ud.normalize('NFD', u'\u1e0b\u0323')]
for f in (ud.category, ud.combining):
    try: f(u'ab')
    except TypeError as e: print e
    try: f('a')
    except TypeError as e: print e
try: eval(r"u'\N{NO SUCH NAME}'")
except SyntaxError as e: print e.msg
print repr(u'\N{EM SPACE}\N{latin small letter e with acute}')
