# pyexpat: the order and arguments of handler calls, positions, buffering
import pyexpat
from xml.parsers import expat


def trace(data, chunks=None, **opts):
    p = expat.ParserCreate(opts.pop('encoding', None), opts.pop('ns', None))
    out = []
    for k, v in opts.items():
        setattr(p, k, v)

    def rec(name):
        def handler(*args):
            if name in ('StartElement', 'EndElement', 'CharacterData',
                        'Comment', 'ProcessingInstruction'):
                out.append((name, args, p.CurrentLineNumber,
                            p.CurrentColumnNumber))
            else:
                # expat reports declarations at their last token
                out.append((name, args))
        return handler
    for name in ('StartElementHandler', 'EndElementHandler',
                 'CharacterDataHandler', 'CommentHandler',
                 'ProcessingInstructionHandler', 'StartCdataSectionHandler',
                 'EndCdataSectionHandler', 'XmlDeclHandler',
                 'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler',
                 'EntityDeclHandler', 'NotationDeclHandler',
                 'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler',
                 'SkippedEntityHandler', 'ElementDeclHandler',
                 'AttlistDeclHandler'):
        setattr(p, name, rec(name[:-7]))
    try:
        if chunks:
            for c in chunks:
                p.Parse(c, 0)
                out.append('|')
            p.Parse('', 1)
        else:
            p.Parse(data, 1)
    except expat.ExpatError as e:
        out.append(('error', str(e), e.code, e.lineno, e.offset))
    for o in out:
        if isinstance(o, tuple) and o[0] == 'StartElement' and \
                isinstance(o[1][1], dict):
            o = (o[0], (o[1][0], sorted(o[1][1].items()))) + o[2:]
        print o
    print '--'

trace("<?xml version='1.0' encoding='utf-8'?>\n<a x='1' y=\"2\">hi &amp; "
      "bye&#65;<b/>\n<!-- c --><?pi some data?><![CDATA[<raw>]]></a>")
trace("<a>x\r\ny\rz</a>")
trace("<a>one<b>two</b>three</a>", buffer_text=True)
trace("<a>12345</a>", chunks=["<a>12", "34", "5</a>"])
trace("<a>12345</a>", chunks=["<a>12", "34", "5</a>"], buffer_text=True)
trace("<a xmlns='urn:d' xmlns:p='urn:p'><p:b p:c='1' d='2'/></a>", ns='|')
trace("<a xmlns:p='urn:p'><p:b/></a>", ns=' ', namespace_prefixes=True)
trace("<a x='1' y='2'/>", ordered_attributes=True)
trace("""<!DOCTYPE doc PUBLIC "pub" "sys.dtd" [
<!ELEMENT doc (a|b)*>
<!ATTLIST doc id ID #IMPLIED kind (x|y) "x">
<!ENTITY e "ent<i>ity</i>">
<!ENTITY ext SYSTEM "ext.xml">
<!NOTATION n SYSTEM "viewer">
]><doc>&e;</doc>""")
trace("<!DOCTYPE doc [<!ATTLIST doc a CDATA 'dflt'>]><doc/>",
      specified_attributes=True)
trace("<!DOCTYPE doc SYSTEM 'x.dtd'><doc>&undeclared;</doc>")
trace("<a>\xc3\xa9\xe2\x82\xac</a>")
trace("<a>\xe9</a>", encoding='iso-8859-1')
trace("<?xml version='1.0' encoding='iso-8859-1'?><a>\xe9</a>")
p = expat.ParserCreate()
p.returns_unicode = False
got = []
p.StartElementHandler = lambda n, a: got.append((n, a))
p.CharacterDataHandler = got.append
p.Parse("<r k='v\xc3\xa9'>\xc3\xa9</r>", 1)
print got
print expat.ErrorString(4), expat.errors.XML_ERROR_TAG_MISMATCH
print expat.model.XML_CTYPE_SEQ, expat.model.XML_CQUANT_PLUS
print pyexpat.error is expat.ExpatError, expat.ExpatError.__name__

# parser state after the end and after an error
p = expat.ParserCreate()
p.Parse("<a/>", 1)
try:
    p.Parse("<b/>", 1)
except expat.ExpatError as e:
    print 'again:', e, expat.ErrorString(e.code) == expat.errors.XML_ERROR_FINISHED
p = expat.ParserCreate()
try:
    p.Parse("<a>\n<b></a>", 1)
except expat.ExpatError as e:
    print e, p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber

# exceptions raised by handlers propagate
p = expat.ParserCreate()
def boom(name, attrs):
    raise ValueError('in handler: ' + name)
p.StartElementHandler = boom
try:
    p.Parse("<top/>", 1)
except ValueError as e:
    print 'ValueError', e

# attribute checks
p = expat.ParserCreate()
for bad in ('foo', 'buffer_size'):
    try:
        if bad == 'foo':
            p.foo = 1
        else:
            p.buffer_size = 0
    except (AttributeError, ValueError) as e:
        print type(e).__name__, e
p.buffer_text = 5
print p.buffer_text, p.ordered_attributes, p.buffer_size
try:
    expat.ParserCreate(namespace_separator='ab')
except ValueError as e:
    print e
