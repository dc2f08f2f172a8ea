# Generator pipelines, send(), close(), throw() and itertools helpers.
def countdown(n):
    print 'starting'
    while n > 0:
        yield n
        n -= 1
    print 'done'
g = countdown(3)
print g.next(), next(g), list(g), list(g)
print next(g, 'default')
try:
    g.next()
except StopIteration:
    print 'StopIteration'
def read_lines():
    for line in ['a 1', 'b 2', '# comment', 'c x', 'd 4']:
        yield line
def parse(lines):
    for l in lines:
        if l.startswith('#'): continue
        name, val = l.split()
        yield name, val
def to_int(pairs):
    for n, v in pairs:
        try:
            yield n, int(v)
        except ValueError:
            print 'skip', n
print list(to_int(parse(read_lines())))
print sum(v for _, v in to_int(parse(read_lines())))
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None: break
        total += x
acc = accumulator()
print acc.next(), acc.send(5), acc.send(10)
try:
    acc.send(None)
except StopIteration:
    print 'acc finished'
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print 'cleanup'
g = gen_with_finally()
print g.next()
g.close()
print 'closed'
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print 'caught', e
c = catcher(); c.next(); c.throw(ValueError('boom')); c.throw(ValueError, 'two')
try:
    c.throw(TypeError('x'))
except TypeError as e:
    print 'propagated', e
gen = (x * x for x in range(4))
print gen.next(), list(gen), type(gen).__name__, countdown.__name__
def chain(*its):
    for it in its:
        for x in it:
            yield x
print list(chain([1], (2, 3), 'ab', xrange(2)))
def flatten(l):
    for x in l:
        if isinstance(x, list):
            for y in flatten(x):
                yield y
        else:
            yield x
print list(flatten([1, [2, [3, [4]], 5]]))
def g2():
    yield 1
    return
    yield 2
print list(g2())
import itertools
print list(itertools.takewhile(lambda x: x < 10, (i * i for i in itertools.count())))
print list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.product('ab', repeat=2)), list(itertools.permutations([1, 2, 3], 2)), list(itertools.combinations('abc', 2))
print [(k, list(g)) for k, g in itertools.groupby('aabbbc')], list(itertools.izip('ab', [1, 2])), list(itertools.repeat(7, 3))
