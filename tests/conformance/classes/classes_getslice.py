# Simple slices call __getslice__/__setslice__/__delslice__ when defined.
class S(object):
    def __getitem__(self, k):
        return 'getitem', k
    def __getslice__(self, i, j):
        return 'getslice', i, j
    def __setslice__(self, i, j, v):
        print 'setslice', i, j, v
    def __delslice__(self, i, j):
        print 'delslice', i, j
s = S()
print s[1:3], s[0], s[::2]
s[1:2] = 'x'
del s[0:1]
class L(list):
    def __getslice__(self, i, j):
        return 'L.getslice(%d, %d)' % (i, j)
print L([1, 2, 3])[1:2], L([1, 2, 3])[::2]
