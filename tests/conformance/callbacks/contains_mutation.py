# Membership tests and comparisons where __eq__ mutates other containers.
class Sneaky(object):
    def __init__(self, victim):
        self.victim = victim
    def __eq__(self, other):
        if self.victim:
            self.victim.pop()
        return False
    def __hash__(self):
        return 0
t = [1, 2, 3, 4, 5]
s = Sneaky(t)
print s in t, t
a = [Sneaky(None), 1]
b = [Sneaky(None), 1]
print a == b
victim = [1, 2, 3]
x = [Sneaky(victim)] * 3
print x.count(1), victim
d = {}
k = Sneaky([1, 2])
d[k] = 1
print d[k], Sneaky([]) in d
st = set([Sneaky([9]), 0])
print len(st)
print 'finished'
