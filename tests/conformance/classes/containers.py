# __len__, __nonzero__, __getitem__/__setitem__/__delitem__, __contains__.
class Bag(object):
    def __init__(self):
        self.data = {}
    def __len__(self):
        return len(self.data)
    def __getitem__(self, k):
        print 'getitem', repr(k)
        return self.data[k]
    def __setitem__(self, k, v):
        print 'setitem', repr(k), repr(v)
        self.data[k] = v
    def __delitem__(self, k):
        print 'delitem', repr(k)
        del self.data[k]
    def __contains__(self, k):
        print 'contains', repr(k)
        return k in self.data
b = Bag()
print len(b), bool(b)
b['x'] = 1
b[1, 2] = 'tuple key'
print b['x'], b[1, 2], len(b), bool(b)
print 'x' in b, 'y' in b, 'y' not in b
del b['x']
print len(b)
try:
    b['missing']
except KeyError as e:
    print 'KeyError:', e
class Truth(object):
    def __init__(self, v):
        self.v = v
    def __nonzero__(self):
        print 'nonzero called'
        return self.v
print bool(Truth(True)), bool(Truth(False))
if Truth(0):
    print 'no'
else:
    print 'falsy Truth'
print not Truth(1)
class LenOnly(object):
    def __len__(self):
        return 0
print bool(LenOnly()), 'yes' if LenOnly() else 'no'
class Seq(object):
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()]
class Slicer(object):
    def __getitem__(self, k):
        return k
sl = Slicer()
print sl[1], sl['a'], sl[1:2].start, sl[1:2:3].step, sl[::].start, sl[1, 2]
class BadLen(object):
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print 'ValueError:', e
