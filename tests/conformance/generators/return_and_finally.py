# return inside a generator, try/finally in generators.
def stops_early(n):
    for i in range(n):
        if i == 2:
            return
        yield i
print list(stops_early(10))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print 'generator finally'
print list(with_finally())
g = with_finally()
print next(g)
g.close()
print 'after close'
def cleanup_on_break():
    try:
        for i in range(10):
            yield i
    finally:
        print 'cleanup ran'
cg = cleanup_on_break()
for v in cg:
    if v == 1:
        break
print 'loop exited at', v
cg.close()
print 'explicitly closed'
def yield_in_except():
    try:
        raise ValueError('x')
    except ValueError:
        yield 'from except'
    yield 'after'
print list(yield_in_except())
def raising():
    yield 1
    raise KeyError('inside gen')
try:
    for x in raising():
        print 'got', x
except KeyError as e:
    print 'KeyError from generator:', e
def delegating():
    for x in stops_early(5):
        yield x * 100
    yield 'done'
print list(delegating())
