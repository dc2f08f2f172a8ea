# xml.sax, xml.dom.minidom and pulldom over the expat parser
import StringIO
import xml.sax
from xml.sax import saxutils
from xml.sax.handler import ContentHandler, feature_namespaces
from xml.dom import minidom, pulldom
import xml.dom


class Logger(ContentHandler):
    def __init__(self):
        ContentHandler.__init__(self)
        self.log = []
    def startDocument(self):
        self.log.append('startDocument')
    def endDocument(self):
        self.log.append('endDocument')
    def startElement(self, name, attrs):
        self.log.append(('start', name, sorted(attrs.items())))
    def endElement(self, name):
        self.log.append(('end', name))
    def startElementNS(self, name, qname, attrs):
        self.log.append(('startNS', name, sorted(attrs.items()),
                         sorted(attrs.getQNames())))
    def endElementNS(self, name, qname):
        self.log.append(('endNS', name))
    def startPrefixMapping(self, prefix, uri):
        self.log.append(('prefix', prefix, uri))
    def characters(self, data):
        self.log.append(('chars', data))
    def processingInstruction(self, target, data):
        self.log.append(('pi', target, data))

doc = "<?xml version='1.0'?><r a='1'>t<?p d?><s xmlns:q='urn:q' q:b='2'/></r>"
h = Logger()
xml.sax.parseString(doc, h)
for item in h.log:
    print item
parser = xml.sax.make_parser()
parser.setFeature(feature_namespaces, 1)
h = Logger()
parser.setContentHandler(h)
parser.parse(StringIO.StringIO(doc))
for item in h.log:
    print item
try:
    xml.sax.parseString("<a><b></a>", ContentHandler())
except xml.sax.SAXParseException as e:
    print 'SAXParseException', e, e.getLineNumber(), e.getColumnNumber()

out = StringIO.StringIO()
gen = saxutils.XMLGenerator(out, 'utf-8')
xml.sax.parseString("<a x='&lt;'>caf\xc3\xa9 &amp; more</a>", gen)
print out.getvalue()
print saxutils.escape('<&>'), saxutils.quoteattr('he said "hi"')

dom = minidom.parseString(
    "<?xml version='1.0'?><!DOCTYPE doc [<!ENTITY e 'v'>]>"
    "<doc xmlns:p='urn:p' id='x'><p:item n='1'>one</p:item>"
    "<item>two<![CDATA[ <three> ]]></item><!-- c --></doc>")
root = dom.documentElement
print root.tagName, root.getAttribute('id'), repr(root.getAttribute('no'))
print [n.nodeName for n in root.childNodes]
item = root.firstChild
print item.namespaceURI, item.prefix, item.localName, \
    item.getAttributeNS(None, 'n')
print [e.toxml() for e in dom.getElementsByTagName('item')]
print dom.doctype.name, repr(dom.doctype.internalSubset), \
    [e.nodeName for e in dom.doctype.entities._seq]
new = dom.createElement('added')
new.setAttribute('k', 'a"b<c')
new.appendChild(dom.createTextNode('x & y'))
root.insertBefore(new, item)
print root.toxml()
print dom.toprettyxml(indent='  ')
clone = root.cloneNode(True)
print clone.toxml() == root.toxml(), clone.parentNode
root.removeChild(new)
t1 = dom.createTextNode('a')
t2 = dom.createTextNode('b')
root.appendChild(t1)
root.appendChild(t2)
print t1.wholeText, len(root.childNodes)
root.normalize()
print len(root.childNodes), root.lastChild.data
try:
    dom.appendChild(dom.createElement('second'))
except xml.dom.HierarchyRequestErr as e:
    print 'HierarchyRequestErr', e
try:
    root.removeChild(dom.createElement('stranger'))
except xml.dom.NotFoundErr as e:
    print 'NotFoundErr', e.code
impl = minidom.getDOMImplementation()
d2 = impl.createDocument('urn:n', 'n:top', None)
print d2.toxml(), d2.documentElement.namespaceURI
print dom.toxml('utf-8')[:40]

events = pulldom.parseString("<r><a>1</a><b x='2'>t</b></r>")
for ev, node in events:
    if ev == pulldom.START_ELEMENT and node.tagName == 'b':
        events.expandNode(node)
        print 'expanded', node.toxml()
    else:
        print ev, node.nodeName
