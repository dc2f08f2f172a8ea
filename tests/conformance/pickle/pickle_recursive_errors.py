# pickle/cPickle: recursive reduce-based objects, cPickle's list-based
# Pickler, and how each unpickler reports broken input
import pickle, cPickle


class H(object):
    pass

for factory in (set, frozenset, list, tuple):
    h = H()
    y = factory([h])
    h.attr = y
    for mod in (pickle, cPickle):
        for proto in (0, 1, 2):
            s = mod.dumps(y, proto)
            x = mod.loads(s)
            print factory.__name__, mod.__name__, proto, repr(s)[:90], list(x)[0].attr is x

t = ([],)
t[0].append(t)
for mod in (pickle, cPickle):
    for proto in (0, 1, 2):
        s = mod.dumps(t, proto)
        x = mod.loads(s)
        print mod.__name__, proto, repr(s), x[0][0] is x

p = cPickle.Pickler(2)
lst = [1, 2]
p.dump(lst)
print cPickle.loads(p.getvalue())
word = 'xyz'
p.dump(word)
print cPickle.loads(p.getvalue())
tup = (1, 'ab')
print pickle.loads(cPickle.Pickler(1).dump(tup).getvalue())

bad = ['.', '0', '1', '2', 'R', ')R', 'a', 'Na', 'b', 'Nb', 'd', 'e', 'l', 'o', '(o',
       'p1\n', 'q\x00', 's', 'Ns', 'NNs', 't', 'u', '\x81', ')\x81', '\x85', '\x86', 'N\x86',
       'N(2', '(Nd', 'N(p1\n', '}NN(s', '}((u', 'N(\x85', 'garyp', 'I12', "S'abc\n.",
       "S'abc\"\n.", 'S\'\\\'\n.', 'Z', '\x80\x03N.', 'g1\n.', 'N(0.']
for data in bad:
    for mod in (pickle, cPickle):
        try:
            r = mod.loads(data)
            print mod.__name__, repr(data), 'loaded', repr(r)
        except Exception as e:
            print mod.__name__, repr(data), type(e).__name__
