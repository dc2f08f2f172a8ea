# __repr__ of a list element that appends to the list being printed.
class Grower(object):
    def __init__(self, lst):
        self.lst = lst
        self.n = 0
    def __repr__(self):
        self.n += 1
        if self.n <= 3:
            self.lst.append('added%d' % self.n)
        return 'G%d' % self.n
l = [1]
g = Grower(l)
l.append(g)
r = repr(l)
print r
print len(l)
class Shrinker(object):
    def __init__(self, lst):
        self.lst = lst
    def __repr__(self):
        del self.lst[:]
        return 'S'
l2 = [1, 2]
l2.insert(1, Shrinker(l2))
print repr(l2), len(l2)
class DictGrower(object):
    def __init__(self, d):
        self.d = d
    def __repr__(self):
        self.d.clear()
        return 'D'
d = {}
d['only'] = DictGrower(d)
print repr(d), len(d)
print 'finished'
