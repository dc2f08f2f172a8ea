# Built-in iterators: iter(callable, sentinel), enumerate, reversed, getitem protocol.
vals = [3, 2, 1, 0, 5]
def produce():
    return vals.pop(0)
print list(iter(produce, 0)), vals
vals = [4, 0, 6, 0]
it = iter(produce, 0)
print list(it), list(it), vals
def stopper():
    raise StopIteration
print list(iter(stopper, 1))
class Seq(object):
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print list(Seq()), 9 in Seq(), [x for x in Seq()], sorted(Seq(), reverse=True)
e = enumerate('abc', 10)
print next(e), list(e), list(e)
print list(enumerate([])), list(enumerate(iter([5, 6])))
print list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('xyz')), list(reversed(xrange(3)))
l = [1, 2, 3, 4]
r = reversed(l)
print next(r)
del l[:]
print list(r)
class R(object):
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'r%d' % i
print list(reversed(R()))
it = iter('ab')
print next(it), next(it), next(it, 'end')
it = iter((1,))
print list(it), list(it)
l = [1]
it = iter(l)
print list(it)
l.append(2)
print list(it)
