# Which __hash__/__eq__ calls dict and set operations make for colliding keys.
class Key(object):
    calls = []
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        Key.calls.append('hash ' + self.name)
        return self.h
    def __eq__(self, other):
        Key.calls.append('eq %s %s' % (self.name, other.name))
        return self.name == other.name
    def __repr__(self):
        return self.name
a, b, c = Key('a', 1), Key('b', 1), Key('c', 2)
d = {}
d[a] = 1
d[b] = 2
d[c] = 3
print Key.calls; Key.calls[:] = []
print d[Key('b', 1)], Key.calls; Key.calls[:] = []
print Key('a', 1) in d, Key('z', 1) in d, Key.calls; Key.calls[:] = []
s = set([a, b])
print len(s), Key.calls; Key.calls[:] = []
s.add(Key('a', 1))
print len(s), Key.calls; Key.calls[:] = []
print [a, b] == [a, b], Key.calls; Key.calls[:] = []
print [a, b] == [Key('a', 0), b], Key.calls; Key.calls[:] = []
del d[Key('a', 1)]
print sorted(d.values()), Key.calls; Key.calls[:] = []
x = Key('x', 5)
print d.get(x), d.pop(x, 9), Key.calls; Key.calls[:] = []
class CountHash(object):
    n = 0
    def __hash__(self):
        CountHash.n += 1
        return 7
ch = CountHash()
dd = {ch: 1}
dd[ch]; dd.get(ch); ch in dd
print CountHash.n
print (1, ch) == (1, ch), CountHash.n
s2 = set([1, 2, 3])
print s2 == set([3, 2, 1]), Key.calls
