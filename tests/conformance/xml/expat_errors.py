# pyexpat: error codes, messages and positions for malformed documents
from xml.parsers import expat

docs = [
    "", "   ", "<a>", "<a><b", "<a x='1", "<a><!-- x", "<a><![CDATA[x",
    "<a>&amp", "<a>&#0;</a>", "<a>&#xD800;</a>", "abc", "<a/>x", "<a/><b/>",
    "<a x=1></a>", "<a></b>", "<a>\x01</a>", "<1a/>", "<a b='<'/>",
    "<a b='&x;'/>", "<a>&undefined;</a>", "<a>\n  <b>&</b></a>",
    "<a x='1' x='2'/>", "<a>]]></a>", " <?xml version='1.0'?><a/>",
    "<?xml?><a/>", "<a><?xml x?></a>", "<!DOCTYPE a><!DOCTYPE a><a/>",
    "<a/><!DOCTYPE a>", "<a></ a>", "<a\n\nb='1'c='2'/>",
    "<!DOCTYPE a [<!ENTITY e 'x&e;y'>]><a>&e;</a>",
    "<!DOCTYPE a [<!ENTITY e '<b>'>]><a>&e;</b></a>",
    "<a><p:b/></a>", "<a>--</a><!-- a -- b -->",
    "<?xml version='1.0' encoding='utf-8'?><a>\xff</a>",
    "<a>\n\n   text &bogus; more</a>",
]
for doc in docs:
    p = expat.ParserCreate()
    try:
        p.Parse(doc, 1)
        print repr(doc), 'ok'
    except expat.ExpatError as e:
        print repr(doc), '->', e, e.code
for doc in ["<a><z:b/></a>", "<a xmlns:x=''/>"]:
    p = expat.ParserCreate(namespace_separator=' ')
    try:
        p.Parse(doc, 1)
        print repr(doc), 'ok'
    except expat.ExpatError as e:
        print repr(doc), '->', e, e.code

# unicode input goes through the default (ascii) codec, as in 2.7
from xml.etree import ElementTree as ET
for s in [u"<a>x</a>", u"<a>\xe9</a>"]:
    try:
        print repr(ET.XML(s).text)
    except UnicodeError as e:
        print type(e).__name__, e
