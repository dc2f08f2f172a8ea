# utf-7, the escape codecs, charmap_* and unicode_internal through codecs,
# with their error messages and positions.
import codecs


def show(f, *args):
    try:
        print repr(f(*args))
    except Exception as e:
        print type(e).__name__, e, getattr(e, 'start', ''), getattr(e, 'end', '')

for u in [u'a+b', u'\xe9t\xe9', u'A\u2262\u0391.', u'~\\x!', u'\U0001f600-x', u'']:
    e = u.encode('utf-7')
    print repr(u), repr(e), repr(e.decode('utf-7'))
for d in ['+AGE', 'a+2AE-b', '+AG', '+AGEx', '\xe1b', '+2D3cAA']:
    show(codecs.utf_7_decode, d, 'strict', True)
    show(codecs.utf_7_decode, d, 'replace', False)

for d in ['\\x1g', 'ab\\x', '\\u12', '\\U00110000x', '\\N{foo}', '\\N{LATIN SMALL LETTER A}', 'a\\', '\\8', 'a\xe9']:
    show(codecs.unicode_escape_decode, d)
    show(codecs.unicode_escape_decode, d, 'replace')
    show(codecs.raw_unicode_escape_decode, d)
    show(codecs.escape_decode, d)
show(codecs.unicode_escape_encode, u'\t\xe9\u20ac\U0001d120\\')
show(codecs.raw_unicode_escape_encode, u'\t\xe9\u20ac\U0001d120\\')
show(codecs.escape_encode, "a'\x00\n")

for m in [{0: 1.5}, {0: 0x110000}, {0: u'ab'}, {0: None}, u'xy\ufffe', {}]:
    for d in ['\x00', '\x01']:
        show(codecs.charmap_decode, d, 'strict', m)
for m in [{97: 1.5}, {97: 300}, {97: 'ab'}, {97: None}, {97: 66}]:
    show(codecs.charmap_encode, u'a', 'strict', m)
show(codecs.charmap_encode, u'a\xe9b', 'replace', {97: 65, 98: 66, 63: 63})

for d in ['\x00\x00\x00\x00\x00\x11\x11\x00', 'ab', 'a\x00\x00\x00']:
    show(codecs.unicode_internal_decode, d)
show(codecs.utf_16_ex_decode, '\xfe\xff\x00a')
show(codecs.utf_16_ex_decode, '\xff\xfea\x00b', 'strict', 0, True)
show(codecs.utf_32_decode, '\xff\xfe\x00\x00a\x00\x00\x00\x00\x00\x11\x00', 'replace')
show(codecs.utf_16_le_decode, '\x00\xd8a\x00', 'strict')
for d in ['\\', 'a\\\\', 'a\\\\\\']:
    show(d.decode, 'unicode-escape')
print repr('a\\'.decode('unicode-escape', 'replace')), repr('a\\'.decode('raw-unicode-escape'))
