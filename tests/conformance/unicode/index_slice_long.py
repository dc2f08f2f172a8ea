# -*- coding: utf-8 -*-

u = u'ab\xe9\u20ac\U0001f600z' * 3
print repr(u[0]), repr(u[2]), repr(u[3]), repr(u[4]), repr(u[-1]), repr(u[-2])
print repr(u[1:5]), repr(u[4:]), repr(u[:-3]), repr(u[::2]), repr(u[5:1]), repr(u[-100:100]), repr(u[3:3])
s = '\xff\x80abc'.decode('latin-1')
print repr(s[1]), repr(s[1:3])
big = u'\xe9' * 300000

for i in xrange(0, 300000, 1000): big[i]
print len(big), big[299999] == u'\xe9'
try: u[100]
except IndexError as e: print e
