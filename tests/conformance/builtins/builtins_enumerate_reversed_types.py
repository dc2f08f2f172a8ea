# enumerate and reversed are types in Python 2.7.
print enumerate, reversed
e = enumerate('ab')
print type(e) is enumerate, isinstance(e, enumerate), type(e).__name__
print type(reversed([1])).__name__, type(iter([])).__name__, type(iter(())).__name__
print type(Ellipsis), Ellipsis
class E(enumerate):
    pass
print list(E('xy', 1))
