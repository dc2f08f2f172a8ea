# BaseException.__reduce__/__setstate__, and exceptions through pickle and copy.
import pickle, copy
def show(e):
    r = e.__reduce__()
    print r[0].__name__, r[1], sorted(r[2].items()) if len(r) > 2 else '-'
show(ValueError())
show(ValueError(1))
show(ValueError(1, 'two'))
e = KeyError('k'); e.extra = [1]
show(e)
show(IOError(2, 'No such file', 'x.txt'))
show(IOError(2, 'No such file'))
show(SystemExit(3))
f = Exception("foo"); f.message = "bar"
show(f)
for proto in (0, 1, 2):
    for e in [Exception("foo"), f, IOError(2, 'nf', 'p'), UnicodeError('x'), SystemExit(4), e]:
        n = pickle.loads(pickle.dumps(e, proto))
        print proto, type(n).__name__, n.args, repr(n.message), getattr(n, 'filename', '-'), getattr(n, 'extra', '-'), getattr(n, 'code', '-')
c = copy.copy(e)
print type(c).__name__, c.args, c.extra is e.extra
c = copy.deepcopy(e)
print c.args, c.extra == e.extra, c.extra is e.extra
x = ValueError()
x.__setstate__({'a': 1, 'b': 2})
print x.a, x.b
x.__setstate__(None)
for bad in (5, [1]):
    try:
        x.__setstate__(bad)
    except TypeError as err:
        print "TypeError", err
