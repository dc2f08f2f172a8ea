# A copy of a dict is a new table filled in the source's iteration order,
# presized from the source's length, so for many sizes the copy iterates in
# a different order from the source (CPython 2.7).  Every way to copy, for
# every size 1..40, with str and int keys, plus the class-body case.
import copy

names = ['__module__', '__doc__', 'limit', 'name', 'run', 'stop', 'start', 'reset',
         'size', 'kind', 'value', 'parent', 'child', 'left', 'right', 'up', 'down',
         'red', 'green', 'blue', 'alpha', 'beta', 'gamma', 'delta', 'one', 'two',
         'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'x', 'y',
         'z', 'w', 'u', 'v']

def ways(d):
    e = {}
    e.update(d)
    f = {}
    for k in d:
        f[k] = d[k]
    return [('dict', dict(d)), ('copy', d.copy()), ('copy.copy', copy.copy(d)),
            ('update', e), ('items', dict(d.items())), ('loop', f),
            ('comp', {k: v for k, v in d.iteritems()})]

for n in range(1, 41):
    d = {}
    for i, k in enumerate(names[:n]):
        d[k] = i
    print n, 'src', d.keys()
    for label, c in ways(d):
        if c.keys() != d.keys():
            print n, label, c.keys()
    # dict(**d) is left out: minipy gathers the keywords into a dict of
    # their own before merging (2.7 merges d itself), so from 6 keys on its
    # order can differ (README).

for n in [5, 6, 7, 11, 21, 22, 43, 86, 171]:
    d = {}
    for i in range(n):
        d[i * 1024 + 7] = i
    c = dict(d)
    print n, d.keys() == c.keys(), d.keys()[:12], c.keys()[:12]
    cc = dict(c)
    print n, c.keys() == cc.keys()

# A copy of a copy settles.
d = dict((w, 1) for w in names)
c1 = d.copy()
c2 = c1.copy()
print d.keys() == c1.keys(), c1.keys() == c2.keys()
print c2.keys()

# Classic and new-style class bodies are dicts too.
class Classic:
    """A classic class."""
    limit = 10
    name = 'cl'
    def run(self):
        pass
    def stop(self):
        pass
    body = locals().keys()

print Classic.body
print Classic.__dict__.keys()

class New(object):
    """A new-style class."""
    limit = 10
    name = 'cl'
    def run(self):
        pass
    def stop(self):
        pass
    body = locals().keys()

print New.body
print New.__dict__.keys()
