# xml.etree.ElementTree: building, parsing, searching, serialising
import StringIO
from xml.etree import ElementTree as ET
from xml.etree import cElementTree

root = ET.Element('root', {'a': '1'}, b='2')
child = ET.SubElement(root, 'child')
child.text = 'text & <stuff>'
child.tail = '\n'
ET.SubElement(root, 'empty', attr='say "hi"\nthere')
root.append(ET.Comment(' a comment '))
root.append(ET.PI('target', 'pi data'))
print ET.tostring(root)
print ET.tostring(root, 'utf-8')
print ET.tostring(root, method='html')
print repr(ET.tostring(root, method='text'))
print len(root), [e.tag for e in root[:2]], root.get('a'), root.keys()

doc = ET.XML("<doc xmlns:x='urn:x'><x:item n='1'>one</x:item>"
             "<item n='2'>two<sub>s</sub></item><item n='3'/></doc>")
print [e.get('n') for e in doc.findall('item')]
print [e.tag for e in doc.iter()]
print doc.findtext('item'), repr(doc.findtext('missing', 'dflt'))
print [e.get('n') for e in doc.findall(".//item[@n='3']")]
print [e.tag for e in doc.findall('{urn:x}item')]
print [e.tag for e in doc.findall('x:item', {'x': 'urn:x'})]
print [e.tag for e in doc.findall('*/sub/..')]
print [e.get('n') for e in doc.findall('item[2]')], \
    [e.get('n') for e in doc.findall('item[last()]')]
print list(doc.itertext())
print ET.tostring(doc)
ET.register_namespace('xx', 'urn:x')
print ET.tostring(doc)
try:
    ET.register_namespace('ns7', 'urn:y')
except ValueError as e:
    print 'ValueError', e

tree = ET.ElementTree(ET.XML("<a><b>\xc3\xa9</b></a>"))
for enc in (None, 'utf-8', 'iso-8859-1', 'us-ascii'):
    out = StringIO.StringIO()
    tree.write(out, encoding=enc)
    print enc, repr(out.getvalue())
out = StringIO.StringIO()
tree.write(out, xml_declaration=True)
print repr(out.getvalue())
out = StringIO.StringIO()
ET.ElementTree(ET.XML("<a xmlns='urn:d'><b/></a>")).write(
    out, default_namespace='urn:d')
print out.getvalue()

events = ET.iterparse(StringIO.StringIO(
    "<r xmlns:p='urn:p'><p:a>1</p:a><b/></r>"),
    ['start', 'end', 'start-ns', 'end-ns'])
for ev, obj in events:
    print ev, obj if ev.endswith('-ns') else obj.tag
print events.root.tag

for bad in ["<a>", "<a></b>", "<a>&nope;</a>", "text"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print 'ParseError', e, e.code, e.position

class Target(object):
    def __init__(self):
        self.log = []
    def start(self, tag, attrib):
        self.log.append(('start', tag, sorted(attrib.items())))
    def end(self, tag):
        self.log.append(('end', tag))
    def data(self, data):
        self.log.append(('data', data))
    def comment(self, text):
        self.log.append(('comment', text))
    def pi(self, target, data):
        self.log.append(('pi', target, data))
    def close(self):
        return self.log
parser = ET.XMLParser(target=Target())
parser.feed("<a k='v'>x<!--c--><?p d?>")
parser.feed("<b/>y</a>")
for item in parser.close():
    print item

parser = ET.XMLParser()
parser.entity['ent'] = 'expanded'
parser.feed("<!DOCTYPE a SYSTEM 'a.dtd'><a>&ent;</a>")
print ET.tostring(parser.close())
print cElementTree.XML('<q/>').tag, cElementTree.tostring(cElementTree.Element('w'))
e = ET.Element('x')
print e.copy().tag, ET.iselement(e), ET.QName('urn:u', 'l').text
try:
    ET.tostring(ET.Element(1))
except TypeError as e:
    print 'TypeError', e
