# print with commas, bare print, and values of many types.
print 'a', 'b', 'c'
print 1, 2.5, 3L, None, True, False
print
print 'after empty line'
print [1, 'x'], (2,), {'k': [None]}
print 'x' + 'y', 1 + 2, 'n=%d' % 5
print 0.1, 1.0, 1e20, 1.5e-10, -0.0, 2 ** 70, -2 ** 70
print '', 'empty string before'
print 'a' , 'spaced' ,'commas'
print ('tuple', 'printed')
print ('parenthesized single')
print 'tab\tseparated', 'new\nline'
print str(1) + str(2), repr('q')
x = 7
print 'x is', x, 'and x squared is', x * x
print set([1]), frozenset(), xrange(2)
