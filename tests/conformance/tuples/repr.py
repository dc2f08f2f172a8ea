# Printing tuples.
print (), (1,), (1, 2), ('a',), (None,), ((),), (1, (2, (3,)))
print repr((1.5, 'x', [1])), str(('q',))
print (1, 2), tuple([]), (0.1, 2 ** 64)
print '%s' % ((1, 2),), '%s-%s' % (1, 2), '{0}'.format((1, 2))
print [(1,), (2, 3)], {'k': (1,)}
print str((1, 'a')), len(str((1, 'a')))
