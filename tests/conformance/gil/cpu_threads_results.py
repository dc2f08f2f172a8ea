# CPU-bound threads under the GIL compute the same as one thread would.
import threading


def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

results = {}


def job(name, f, args):
    results[name] = sum(f(a) for a in args)

specs = [('fib', fib, range(200)), ('collatz', collatz_steps, range(1, 3000)),
         ('squares', lambda x: x * x, range(20000))]
ts = [threading.Thread(target=job, args=s) for s in specs]
for t in ts:
    t.start()
for t in ts:
    t.join()
for name, f, args in specs:
    print name, results[name] == sum(f(a) for a in args), results[name] % 1000003
