# pyexpat on documents much larger than its internal window: text runs,
# tags and attribute values that cross slice boundaries, positions after
# thousands of lines, and errors near the end
from xml.parsers import expat
from xml.etree import ElementTree as ET

calls = []
p = expat.ParserCreate()
p.CharacterDataHandler = lambda d: calls.append(len(d))
p.Parse('<a>' + 'x' * 5000 + '</a>', 1)
print 'one text run:', calls

lines = ['<doc>']
for i in range(3000):
    lines.append('  <row n="%d" v="%s">cell %d &amp; more</row>' %
                 (i, 'w' * (i % 37), i))
lines.append('</doc>')
doc = '\n'.join(lines)
positions = []
p = expat.ParserCreate()
def start(name, attrs):
    if name == 'row' and int(attrs['n']) % 997 == 0:
        positions.append((attrs['n'], p.CurrentLineNumber,
                          p.CurrentColumnNumber, p.CurrentByteIndex))
p.StartElementHandler = start
p.Parse(doc, 1)
print positions

root = ET.fromstring(doc)
print len(root), root[2999].get('n'), len(root[1234].get('v')), \
    root[2500].text

bad = doc.replace('<row n="2900"', '<row n="2900" n="x"')
p = expat.ParserCreate()
try:
    p.Parse(bad, 1)
except expat.ExpatError as e:
    print e, e.code

p = expat.ParserCreate()
got = []
p.StartElementHandler = lambda n, a: got.append(n)
for k in range(0, len(doc), 1000):
    p.Parse(doc[k:k + 1000], 0)
p.Parse('', 1)
print len(got)

big = '<r a="%s">%s</r>' % ('q' * 3000, 'z\n' * 2000)
e = ET.fromstring(big)
print len(e.get('a')), len(e.text), e.text.count('\n')
