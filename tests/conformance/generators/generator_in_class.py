# Generator methods and __iter__ implemented as a generator.
class Tree(object):
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            for v in c:
                yield v
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            for item in c.depth_first(depth + 1):
                yield item
t = Tree('root', [Tree('a', [Tree('a1'), Tree('a2')]), Tree('b')])
print list(t)
for depth, v in t.depth_first():
    print '  ' * depth + v
print 'a2' in t, 'zz' in t, len(list(t))
class Countdown(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n:
            yield n
            n -= 1
cd = Countdown(3)
print list(cd), list(cd), [x * y for x in cd for y in cd][:4]
