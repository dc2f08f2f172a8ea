# Seeded distributions, jumpahead, state checks and pickling (values match CPython 2.7).
import random, pickle, copy
def e(f, *a):
    try:
        r = f(*a)
        print repr(r)[:60]
    except Exception as ex:
        print type(ex).__name__, ex
g = random.Random(12345)
for name, args in [('triangular', ()), ('triangular', (0.0, 10.0, 2.0)), ('normalvariate', (1.0, 2.0)),
                   ('lognormvariate', (0.0, 0.5)), ('vonmisesvariate', (1.0, 2.0)), ('vonmisesvariate', (0.5, 0.0)),
                   ('gammavariate', (0.5, 2.0)), ('gammavariate', (1.0, 2.0)), ('gammavariate', (5.0, 1.0)),
                   ('betavariate', (2.0, 3.0)), ('paretovariate', (3.0,)), ('weibullvariate', (1.0, 2.0)),
                   ('expovariate', (2.0,)), ('gauss', (0.0, 1.0))]:
    print name, args, round(getattr(g, name)(*args), 9)
print g.triangular(10.0, 10.0), g.vonmisesvariate(3.0, float('inf')), g.paretovariate(float('inf'))
e(g.gammavariate, 0.0, 1.0)
g.seed(7); g.jumpahead(12345); print g.random(), g.randrange(1000)
g.seed(7); g.jumpahead(-3); print g.random()
e(g.jumpahead, 1.5)
st = g.getstate(); print st[0], len(st[1]), st[1][-1]
x = g.random(); g.setstate(st); print g.random() == x
e(g.setstate, (1, None, None))
e(g.setstate, (2, None, None))
e(g.setstate, (2, (1, 2, 3), None))
e(g.setstate, (2, ('a',) * 625, None))
e(g.setstate, (2, (0,) * 624 + ('a',), None))
e(g.setstate, (3, (1,) * 624 + (625,), None))
e(g.setstate, (3, (1,) * 624 + (-1,), None))
e(g.setstate, (3, [1] * 625, None))
g.setstate((2, (-1,) * 624 + (624,), None)); print g.random()
e(g.getrandbits, 0)
e(g.getrandbits, 2 ** 40)
e(g.getrandbits, 1.5)
g.seed(3); print g.getrandbits(70), g.getrandbits(5)
g.seed(3)
for proto in range(3):
    g2 = pickle.loads(pickle.dumps(g, proto)); print type(g2).__name__, g2.random() == g.random(), g.random() == g2.random()
g3 = copy.deepcopy(g); print g3.random() == g.random()
e(pickle.dumps, random.SystemRandom())
w = random.WichmannHill(5); print w.random(), w.getrandbits(10) >= 0
import warnings
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    w.randrange(2 ** 60)
    print [str(m.message).split('\n')[0] for m in ws]
print sorted(set(random.__all__) - set(dir(random)))
random.seed(99); print random.triangular(1, 3), random.normalvariate(0, 1), random.betavariate(1, 1)
