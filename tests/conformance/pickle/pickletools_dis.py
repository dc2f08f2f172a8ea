# pickletools: dis listings, genops and optimize on pickles of each protocol
import pickle, pickletools
class A(object): pass
for v in [[1, (2, 'x'), {'a': None}], set([1]), A()]:
    for p in (0, 1, 2):
        s = pickle.dumps(v, p)
        pickletools.dis(s)
        print repr(pickletools.optimize(s))
        print [(op.name, arg, pos) for op, arg, pos in pickletools.genops(s)][:4]
for bad in ['', 'N', 'Z.', 'I1\n0.', '(.']:
    try:
        pickletools.dis(bad)
    except ValueError as e:
        print 'ValueError', e
print repr(pickletools.optimize(pickle.dumps([[1], [1]] * 2, 2)))
print len(pickletools.opcodes), pickletools.code2op['K'].name, pickletools.code2op['K'].proto
