# Set subclasses: == with non-sets, ordering errors, cmp, and self-containing reprs.
class S(set):
    pass
class F(frozenset):
    pass
for s in (S('ab'), F('ab'), set('ab')):
    print s == 'ab', s != 'ab', s == set('ab'), s == frozenset('ba')
    print s < 3 or s > 3
a, b = set('a'), set('b')
print cmp(a, a), cmp(S('x'), S('x')) if False else 0
try:
    cmp(a, b)
except TypeError as e:
    print 'TypeError', e
class W(object):
    def __repr__(self):
        return repr(self.value)
for cls in (S, F, set, frozenset):
    w = W()
    s = cls([w])
    w.value = s
    print repr(s)
print S('ab').__lt__(3), set('ab').__gt__(3), F('a').__eq__(3), S('a').__ne__(3)
