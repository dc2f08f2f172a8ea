# __hash__ and __eq__ for dict keys and set members.
class Key(object):
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __ne__(self, other):
        return not self == other
    def __hash__(self):
        return hash(len(self.name))
    def __repr__(self):
        return 'Key(%r)' % self.name
d = {}
d[Key('Alpha')] = 1
d[Key('ALPHA')] = 2
d[Key('beta')] = 3
print len(d), d[Key('alpha')], d[Key('BETA')]
print Key('alpha') in d, Key('gamma') in d
s = set([Key('x'), Key('X'), Key('y')])
print len(s), sorted(k.name.lower() for k in s)
class Unhashable(object):
    __hash__ = None
try:
    {Unhashable(): 1}
except TypeError as e:
    print 'TypeError:', e
class Default(object):
    pass
a, b = Default(), Default()
e = {a: 'a', b: 'b'}
print e[a], e[b], len(e)
class HashInt(object):
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, other):
        return self.v == getattr(other, 'v', other)
f = {HashInt(5): 'five'}
print f[HashInt(5)], f.get(5), hash(HashInt(7))
calls = []
class Tracked(object):
    def __hash__(self):
        calls.append('hash')
        return 1
    def __eq__(self, other):
        calls.append('eq')
        return self is other
t = Tracked()
g = {t: 1}
print g[t], 'hash' in calls
