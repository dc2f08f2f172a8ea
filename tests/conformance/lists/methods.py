# List methods.
l = [3, 1, 2]
l.append(4); print l
l.extend([5, 6]); print l
l.extend('ab'); print l
l.extend(xrange(2)); print l
l.insert(0, 'first'); print l
l.insert(-1, 'before-last'); print l
l.insert(100, 'end'); print l
l.insert(-100, 'start'); print l
print l.pop(), l.pop(0), l.pop(-2), l
print l.index(5), l.index('a'), l.count(1), l.count('zzz')
l.remove('a'); print l
l = [1, 2, 1, 3, 1]
l.remove(1); print l, l.count(1), l.index(1), l.index(1, 2)
try:
    l.remove(99)
except ValueError as e:
    print 'ValueError:', e
try:
    l.index(99)
except ValueError as e:
    print 'ValueError:', e
l.reverse(); print l
r = l.reverse()
print r, l
print [].count(0), [None].index(None)
x = [1, 2]
print x.append(3), x.extend([4]), x.insert(0, 0), x
l2 = [1, 2, 3]
l2[len(l2):] = [4]
print l2, l2.pop(1), l2
