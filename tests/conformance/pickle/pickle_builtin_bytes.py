# pickle and cPickle: exact bytes for built-in values at protocols 0-2,
# and each module loads the other's output
import pickle, cPickle

vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, 2 ** 31 - 1,
        2 ** 31, -2 ** 31, -2 ** 31 - 1, 2 ** 62, 0L, 1L, -1L, 255L, 128L,
        -128L, -129L, 2 ** 64, -2 ** 64, 2 ** 2100, 1.5, -0.0, 0.0, 1e100,
        1e-310, -2.5e-8, 3.0, 0.1, float('inf'), float('-inf'), '', 'a',
        'abc', 'a' * 300, "it's", 'a"b\n\x00\xff\t\\', "'\"", (), (1,), (1, 2),
        (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {1: 2}, set([1]),
        frozenset(), [[1], [2]], ((),), [None, (True, 'x')], {'k': [1.5]},
        range(1500), tuple(range(10))]
for v in vals:
    for p in (0, 1, 2):
        a = pickle.dumps(v, p)
        b = cPickle.dumps(v, p)
        print p, repr(v)[:40], repr(a)[:150], 'SAME' if a == b else repr(b)[:150]
        for data in (a, b):
            for mod in (pickle, cPickle):
                back = mod.loads(data)
                if back != v or type(back) != type(v):
                    if not (v != v and back != back):
                        print '  MISMATCH', mod.__name__, repr(back)[:60]
print repr(pickle.dumps(2 ** 2100, 2)[:12]), len(pickle.dumps(2 ** 2100, 2))
nan = pickle.loads(pickle.dumps(float('nan'), 1))
print nan != nan, repr(pickle.dumps(float('nan'), 0))

# sharing and recursion
x = [1, 2]
t = (x, x)
for p in (0, 1, 2):
    print repr(pickle.dumps(t, p)), repr(cPickle.dumps(t, p))
    r = pickle.loads(pickle.dumps(t, p))
    print r[0] is r[1]
rec = []
rec.append(rec)
for p in (0, 1, 2):
    print repr(pickle.dumps(rec, p)), repr(cPickle.dumps(rec, p))
    r = cPickle.loads(pickle.dumps(rec, p))
    print r[0] is r
d = {}
d['me'] = d
print repr(pickle.dumps(d, 2)), repr(cPickle.dumps(d, 2))
l2 = []
tt = (l2,)
l2.append(tt)
for p in (0, 1, 2):
    print repr(pickle.dumps(tt, p)), repr(cPickle.dumps(tt, p))
    r = pickle.loads(pickle.dumps(tt, p))
    print r[0][0] is r
print pickle.HIGHEST_PROTOCOL, cPickle.HIGHEST_PROTOCOL
print repr(pickle.dumps(1, -1)), repr(pickle.dumps(1, True))
print repr(pickle.dumps(len)), repr(cPickle.dumps(pickle.Pickler, 2))
for data in ['', 'N', '(', 'K', 'S"abc\n.', "S'abc'\n", 'Z.', 'I12x\n.', '\x80\x05N.',
             'h\x00.', 'g7\n.', 'X\x02\x00\x00\x00\xc3\xa9.', 'V\\u00e9\n.', ']N\x85.',
             'Mab.', 'J\xff\xff\xff\xff.', 'L123L\n.', 'I01\n.', 'F1.25\n.', ')\x85.',
             'c__builtin__\nlen\n.', 'c__builtin__\nnosuch\n.']:
    for mod in (pickle, cPickle):
        try:
            r = mod.loads(data)
            if isinstance(r, unicode):
                r = r.encode('utf-8')  # minipy's str and unicode are one type
            print mod.__name__, repr(data), repr(r)
        except Exception as e:
            print mod.__name__, repr(data), type(e).__name__
