# A StopIteration raised inside a generator body (explicitly, or by next() on an
# exhausted iterator) just ends the generator in Python 2.
def stops():
    yield 1
    raise StopIteration
    yield 2
for x in stops():
    print 'for got', x
print list(stops()), sum(stops())
def first_of_each(seqs):
    for s in seqs:
        it = iter(s)
        yield next(it)
print list(first_of_each(['ab', 'cd', '', 'ef']))
def with_value():
    yield 'a'
    raise StopIteration('ignored value')
print [x for x in with_value()]
def pairs(it):
    it = iter(it)
    while True:
        a = it.next()
        b = it.next()
        yield a, b
print list(pairs(range(7)))
