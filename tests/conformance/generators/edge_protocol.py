# Generator protocol edge cases: send to new generator, already executing, close/GeneratorExit, throw.
def g():
    yield 1
gen = g()
try:
    gen.send(5)
except TypeError as e:
    print 'TypeError', e
def selfref():
    yield me.next()
me = selfref()
try:
    me.next()
except ValueError as e:
    print 'ValueError', e
def closer():
    try:
        yield 1
    except GeneratorExit:
        print 'got GeneratorExit'
        raise
c = closer(); c.next(); c.close(); c.close()
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_closer(); b.next()
try:
    b.close()
except RuntimeError as e:
    print 'RuntimeError', e
gen = (i for i in range(3))
print gen.next(), [x for x in gen], list(gen)
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == 'reset': i = 0
        else: i += 1
c = counter()
print c.next(), c.next(), c.next(), c.send('reset'), c.next()
def fib_upto(n):
    a, b = 0, 1
    while a < n:
        yield a
        a, b = b, a + b
print list(fib_upto(100)), sum(fib_upto(1000)), max(fib_upto(50)), 13 in fib_upto(20)
def tree(n):
    if n:
        for x in tree(n - 1): yield x
        yield n
        for x in tree(n - 1): yield x
print list(tree(3))
g2 = fib_upto(10)
print iter(g2) is g2, hasattr(g2, 'next'), hasattr(g2, '__iter__'), type(g2).__name__
def exc_in_gen():
    yield 1
    1 / 0
try:
    for x in exc_in_gen():
        print x
except ZeroDivisionError as e:
    print 'ZDE', e
gg = exc_in_gen(); gg.next()
try: gg.next()
except ZeroDivisionError: print 'first'
print list(gg)
def ping():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received
p = ping(); p.next()
p.send('a'); p.send('b'); print p.send('c')
def thrower():
    try:
        yield 1
    except KeyError:
        yield 'handled'
    yield 'end'
t = thrower(); t.next()
print t.throw(KeyError), t.next()
print [x for x in (y * 2 for y in range(3))]
