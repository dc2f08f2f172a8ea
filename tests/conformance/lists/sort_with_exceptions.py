# Exceptions raised by sort keys/cmp/__lt__ and by map/filter/reduce callbacks.
l = [3, 1, 2, 0, 5]
try:
    l.sort(key=lambda x: 10 / x)
except ZeroDivisionError as e:
    print 'ZeroDivisionError', e
print l
l = [3, 1, 2, 0, 5]
def bad_cmp(a, b):
    if a == 0 or b == 0:
        raise ValueError('zero compared')
    return cmp(a, b)
try:
    l.sort(cmp=bad_cmp)
except ValueError as e:
    print 'ValueError', e
print sorted(l), len(l)
class Boom(object):
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 99 or o.v == 99: raise TypeError('cannot compare 99')
        return self.v < o.v
    def __repr__(self): return 'B%d' % self.v
items = [Boom(3), Boom(1), Boom(99), Boom(2)]
try:
    items.sort()
except TypeError as e:
    print 'TypeError', e
print sorted(items, key=lambda b: b.v)
try:
    sorted([1, 2, 3], key=lambda x: x.missing)
except AttributeError as e:
    print 'AttributeError', e
try:
    max([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print 'ZeroDivisionError in max key'
try:
    map(lambda x: 1 / x, [1, 0])
except ZeroDivisionError:
    print 'map raised'
try:
    filter(lambda x: x.bad, [1])
except AttributeError as e:
    print 'filter raised', e
try:
    reduce(lambda a, b: a + b, [1, 'a'])
except TypeError as e:
    print 'reduce raised', e
d = {}
try:
    d[[1]] = 2
except TypeError as e:
    print 'TypeError', e, d
try:
    sorted({1: 'a', 'x': 2}.items(), key=lambda kv: kv[1] + 1)
except TypeError as e:
    print 'TypeError', e
