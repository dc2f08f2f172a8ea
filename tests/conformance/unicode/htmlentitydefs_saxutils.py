# htmlentitydefs tables and xml.sax.saxutils' escape/unescape/quoteattr.
import htmlentitydefs as h
print len(h.name2codepoint), len(h.codepoint2name), len(h.entitydefs)
print h.name2codepoint['eacute'], h.codepoint2name[0x20ac], repr(h.entitydefs['amp']), repr(h.entitydefs['euro'])
print sorted(h.name2codepoint.items())[:5]
print sum(h.name2codepoint.values())
from xml.sax.saxutils import escape, unescape, quoteattr
print escape('a<b>&c'), escape('abc', {'b': '&#98;'}), unescape('&lt;&amp;lt;&gt;'), unescape('&x;', {'&x;': 'y'})
print quoteattr('a"b'), quoteattr("a'b"), quoteattr('a\'"b\n\t'), repr(quoteattr(u'\xe9<'))
