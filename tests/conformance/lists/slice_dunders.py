# list.__setslice__/__delslice__ and tuple.__getslice__ called directly
# (as list subclasses and UserList-style code do); ends are clamped to 0..len.
x = [1, 2, 3, 4, 5]
list.__setslice__(x, 1, 3, ['a', 'b', 'c'])
print x
x.__setslice__(-5, 1, [0])
print x
x.__setslice__(4, 100, [])
print x
x.__delslice__(0, 1)
print x
x.__delslice__(-3, 2)
print x
x.__delslice__(3, 1)
print x
t = (1, 2, 3, 4)
print t.__getslice__(1, 3), t.__getslice__(-10, 2), t.__getslice__(3, 1)
print tuple.__getslice__(t, 2, 100)


class L(list):
    def __setslice__(self, i, j, seq):
        print 'setslice', i, j, seq
        list.__setslice__(self, i, j, seq)

    def __delslice__(self, i, j):
        print 'delslice', i, j
        list.__delslice__(self, i, j)


y = L([1, 2, 3])
y[0:1] = [9, 9]
print y
del y[1:2]
print y
try:
    x.__setslice__(0, 1)
except TypeError as e:
    print 'TypeError', e
for f in [lambda: x.__delslice__(1), lambda: x.__getslice__(1, 2, 3), lambda: t.__getslice__()]:
    try:
        f()
    except TypeError as e:
        print 'TypeError', e
