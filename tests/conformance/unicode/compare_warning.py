# Comparing a non-ASCII str with unicode: 2.7 warns (UnicodeWarning) and
# answers "unequal"; ASCII strs compare quietly.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print '\xff' == u'\ufffd', '\xff' != u'a', u'a' == '\xfe', u'abc' == 'abc'
    print u'x' < 'y', 'caf\xe9' in [u'cafe']
    for w in caught:
        print w.category.__name__, str(w.message)

warnings.simplefilter('error', UnicodeWarning)
try:
    '\x80' == u'\x80'
except UnicodeWarning as e:
    print 'raised', e
try:
    u'\x80' < '\x80'
except UnicodeDecodeError as e:
    print 'ordering', e.reason
