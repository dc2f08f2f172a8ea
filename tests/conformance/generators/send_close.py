# send(), close(), throw() and GeneratorExit.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
acc = accumulator()
print next(acc)
print acc.send(10), acc.send(5), acc.send(-3)
try:
    acc.send(None)
except StopIteration:
    print 'accumulator stopped'
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print 'GeneratorExit seen, received', received
        raise
g = echo()
next(g)
g.send('a'); g.send('b')
g.close()
print 'closed'
g.close()
try:
    next(g)
except StopIteration:
    print 'next after close -> StopIteration'
def fresh():
    yield 1
f = fresh()
try:
    f.send('x')
except TypeError as e:
    print 'TypeError:', e
def catcher():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            print 'caught in generator:', e
            yield 'recovered'
c = catcher()
print next(c)
print c.throw(ValueError('thrown in'))
print next(c)
def no_catch():
    yield 1
n = no_catch()
next(n)
try:
    n.throw(KeyError('k'))
except KeyError as e:
    print 'propagated out:', repr(e)
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'bad'
ie = ignore_exit()
next(ie)
try:
    ie.close()
except RuntimeError as e:
    print 'RuntimeError:', e
print list(ie)
unstarted = echo()
unstarted.close()
print 'closing an unstarted generator is silent'
