# Fibonacci with a memo dict, a memoizing decorator and a generator.
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
for i in range(0, 100, 10):
    print i, fib(i)
print type(fib(50)), type(fib(100))

def memoize(f):
    cache = {}
    def wrapper(*args):
        if args in cache:
            return cache[args]
        r = cache[args] = f(*args)
        return r
    wrapper.__name__ = f.__name__
    wrapper.cache = cache
    return wrapper

@memoize
def fib2(n):
    return n if n < 2 else fib2(n-1) + fib2(n-2)
print fib2(80), len(fib2.cache), fib2.__name__

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print list(itertools.islice(fib_gen(), 20))

