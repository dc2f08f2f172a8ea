# hash() of strings, unicode, tuples and frozensets equals CPython 2.7's
# (64-bit, no -R): the order of dicts and sets keyed by them follows.
words = ['', 'a', 'b', 'ab', 'abc', 'hello world', '\x00', '\xff' * 3, 'x' * 1000]
for w in words:
    print repr(w[:12]), hash(w), hash(unicode(w, 'latin-1'))
for u in [u'\u1234', u'caf\xe9', u'\U00012345', u'a\u20acb', u'\uffff' * 5]:
    print repr(u), hash(u)
for t in [(), (1,), (1, 2), ('a', 'b'), ((1, 2), (3, 4)), (None is None, 2.5, 10 ** 20), (-1,), (-2,)]:
    print repr(t), hash(t)
for f in [frozenset(), frozenset([1]), frozenset([1, 2]), frozenset('abc'), frozenset([(1, 'x'), 'y']),
          frozenset([frozenset([1]), frozenset()])]:
    print sorted(f), hash(f)
print hash('a') == hash(u'a'), hash('\xe9') == hash(u'\xe9')
d = {}
for w in ['alpha', 'beta', 'gamma', 'delta']:
    d[w] = len(w)
print sorted(d.items())
