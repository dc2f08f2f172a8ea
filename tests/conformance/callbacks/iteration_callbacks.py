# Callbacks mutating containers during builtin iteration: map, filter, min, sorted, join.
l = [1, 2, 3]
def f(x):
    if len(l) < 6:
        l.append(x * 10)
    return x
print map(f, l), l
l = [1, 2, 3, 4]
def pred(x):
    if l:
        l.pop()
    return True
print filter(pred, l), l
l = [5, 3, 8]
def keyf(x):
    l.append(0) if len(l) < 10 else None
    return x
print max(l, key=keyf), len(l)
class Str(object):
    def __init__(self, lst):
        self.lst = lst
    def __str__(self):
        self.lst.append('x')
        return 'S'
parts = ['a', 'b']
try:
    print '-'.join(parts + [Str(parts)])
except TypeError as e:
    print 'TypeError:', e
d = {'a': 1}
def gen():
    for k in d:
        yield k
        d['b'] = 2
try:
    print list(gen())
except RuntimeError as e:
    print 'RuntimeError:', e
print 'finished'
