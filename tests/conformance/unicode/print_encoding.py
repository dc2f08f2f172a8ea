# print of unicode to a pipe: the default encoding (ASCII), as 2.7 does
# when stdout is not a terminal (and PYTHONIOENCODING is unset).
import sys
print sys.stdout.encoding, sys.stdout.errors
print u'plain ascii'
try:
    print u'caf\xe9'
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError', e
print 'contains:', u'a' in 'abc', u'' in 'x'
try:
    u'\xe2' in 'g\xe2teau'
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError', e
print repr('%(a)s-%(b)s' % {'a': 'x', 'b': u'y'}), repr('%(a)s' % {'a': 'x'})
print u'abc'.find('', 3), u'abc'.find('', 4), u'aaa'.count('', 10), u'abc'.rfind('', 4)
try:
    u'abab'.translate({ord('a'): 'x'})
except TypeError as e:
    print 'TypeError', e
