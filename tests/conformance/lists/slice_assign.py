# Slice assignment and deletion, including extended slices.
l = range(10)
l[2:5] = ['a', 'b']; print l
l[:0] = [-1]; print l
l[len(l):] = [99, 100]; print l
l[1:3] = []; print l
l[:] = [0, 1, 2, 3, 4, 5, 6, 7]; print l
l[::2] = ['e'] * 4; print l
l[1::2] = 'abcd'; print l
try:
    l[::2] = [1, 2]
except ValueError as e:
    print 'ValueError:', e
l = range(10)
del l[1]; print l
del l[-1]; print l
del l[2:4]; print l
del l[::2]; print l
del l[::-1]; print l
l = range(10)
del l[1:8:3]; print l
l[2:2] = [7, 7, 7]; print l
l[5:1] = ['x']; print l
l = [1, 2, 3]
l[1:2] = l; print l
l = [1, 2, 3, 4]
l[::-1] = [10, 20, 30, 40]; print l
l[-2:] = (5,); print l
l[0:1] = xrange(3); print l
try:
    l[0:1] = 5
except TypeError as e:
    print 'TypeError:', e
try:
    del l[10]
except IndexError as e:
    print 'IndexError:', e
del l[100:200]; print l
s = slice(1, 3)
l[s] = ['S']; print l, l[slice(None, None, -1)]
