# re: a unicode template makes sub's result unicode only when used; spans of unicode subjects count characters.
import re
for x in ['x', u'x']:
    for y in ['y', u'y']:
        print repr(re.sub(x, y, str(x))), repr(re.sub(x, y, unicode(x))), repr(re.sub(x, y, '')), repr(re.sub(x,y,u''))
c = u'\xe9'
print repr(re.escape(c)), re.match(re.escape(c), c).span()
print re.match(u'\\\xe9', u'\xe9').span()
print re.match(u'\xe9', u'\xe9').span()
print re.match(u'.', u'\xe9').span(), re.match(u'[\xe9]', u'\xe9').span()
print re.search(u'b', u'\xe9\xe9b').span(), re.search(u'(b)', u'\xe9b').regs, re.search(u'b', u'\xe9b').start()
