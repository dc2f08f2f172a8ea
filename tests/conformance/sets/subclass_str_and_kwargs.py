# str() and print of set/frozenset subclasses use their repr, which names the
# subclass; set() and frozenset() refuse keyword arguments.
class S(set):
    pass


class F(frozenset):
    pass


s = S([1])
print s
print str(s), repr(s), [s]
print F([2])
print str(F([2]))
print S([1]) | S([2])
for src in ["set(x=1)", "frozenset(x=1)", "set(iterable=[1])", "frozenset([1], x=2)", "S(x=1)"]:
    try:
        print eval(src)
    except TypeError as e:
        print src, 'TypeError', e
