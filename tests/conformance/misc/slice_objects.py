# slice objects and extended slicing on several sequence types.
s = slice(1, 8, 2)
print s, s.start, s.stop, s.step
print range(10)[s], 'abcdefghij'[s], tuple(range(10))[s]
print range(10)[slice(None, None, -3)], 'hello'[slice(3)], 'hello'[slice(-3, None)]
print slice(5).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(3)
print slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3)
class Spy(object):
    def __getitem__(self, k):
        return k
sp = Spy()
print sp[1:2], sp[::2], sp[1:2, 3], sp[:, 1]
l = range(6)
l[slice(0, 2)] = ['a', 'b']
print l
del l[slice(None, None, 2)]
print l
print 'abcdef'[::-1][1:4], 'abcdef'[-2::-2], 'abc'[5:1:-1]
print xrange(10)[2], list(reversed(xrange(1, 10, 3)))
