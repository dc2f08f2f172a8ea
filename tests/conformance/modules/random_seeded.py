# random: seeded sequences match CPython 2.7 (Mersenne Twister, seeding, randrange, shuffle, sample, gauss).
import random
random.seed(42)
print [random.randint(1, 100) for i in range(10)]
print random.random(), random.choice('abcdef'), random.uniform(1, 2)
l = range(10); random.shuffle(l); print l
print random.sample(range(100), 5), random.randrange(0, 100, 7)
random.seed(12345678901234567890)
print random.random()
r = random.Random(7); print r.randint(0, 10**6), r.getrandbits(40)
print round(random.gauss(0, 1), 6)
