# unicode hashes: ASCII text hashes as the same str, Latin-1 text as its
# Latin-1 bytes (so u'\xe9' and '\xe9' meet in a dict, with 2.7's warning
# when compared), and never as its UTF-8 bytes.
import warnings
warnings.simplefilter('always')
print hash(u'abc') == hash('abc'), hash(u'\xe9') == hash('\xe9')
print hash(u'caf\xe9') == hash('caf\xc3\xa9')
d = {u'caf\xe9': 1, u'\u20ac': 2, u'a': 3}
print d.get('caf\xc3\xa9'), d[u'\u20ac'], d['a']
print len(set([u'caf\xe9', 'caf\xc3\xa9', u'a', 'a']))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print {u'\xe9': 1}.get('\xe9')
    print [str(x.category.__name__) for x in w]
