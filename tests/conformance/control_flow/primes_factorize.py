# Sieve of Eratosthenes, trial division and factorisation with while loops.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]

primes = sieve(100)
print primes
print len(primes), sum(primes)

def is_prime(n):
    if n < 2: return False
    for d in xrange(2, int(n ** .5) + 1):
        if n % d == 0:
            return False
    return True

print filter(is_prime, range(50))
print [n for n in range(2, 30) if all(n % d for d in range(2, n))]

def factorize(n):
    f = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            f.append(d)
            n //= d
        d += 1
    if n > 1: f.append(n)
    return f
for n in [12, 97, 360, 1001, 2**31 - 1, 600851475143]:
    print n, factorize(n)
