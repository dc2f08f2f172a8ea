# Infinite generators consumed with break or zip.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
for n in naturals():
    if n * n > 50:
        break
print 'first square over 50 from', n
def take(k, it):
    out = []
    for x in it:
        if len(out) == k:
            break
        out.append(x)
    return out
print take(5, naturals())
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print take(10, primes())
print zip('abc', naturals())
def cycle(seq):
    while True:
        for s in seq:
            yield s
c = cycle('xy')
print [next(c) for _ in range(5)]
evens = (n for n in naturals() if n % 2 == 0)
print next(evens), next(evens), next(evens)
