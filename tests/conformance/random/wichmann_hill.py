import random
for s in (0, 1, 12345, 2**40 + 7, -5):
    g = random.WichmannHill(s)
    print s, [repr(g.random()) for i in range(3)], g.getstate()
    g.jumpahead(1000)
    print repr(g.random())
g = random.WichmannHill(3)
st = g.getstate()
a = g.random()
g.setstate(st)
print a == g.random()
g.whseed(77)
print g.getstate(), repr(g.random())
print g.randrange(100), g.randint(1, 6), g.choice('abcdef')
for bad in [(1, (0, 1, 2), None)]:
    try:
        g.setstate((2, (1, 2, 3), None))
    except ValueError as e:
        print 'ValueError', e
try:
    g.jumpahead(-1)
except ValueError as e:
    print 'ValueError', e
print isinstance(g, random.Random)
import random
r = random.Random(5)
print [r.getrandbits(k) for k in (1, 5, 31, 32, 33, 63, 64, 65, 100, 200)]
print r.getrandbits(1000) % 1000003
s = random.SystemRandom()
print 0 <= s.random() < 1, 0 <= s.getrandbits(70) < 2 ** 70, s.randrange(3) in (0, 1, 2)
try:
    s.getstate()
except NotImplementedError as e:
    print 'NotImplementedError', e
print random.TWOPI, random.BPF, random.RECIP_BPF, random.NV_MAGICCONST, random.SG_MAGICCONST
