# None comparisons and int/long/float/bool interplay.
n = None
print n is None, n == None, n != None, n is not None, not n, bool(n), type(n).__name__
print None == 0, None == '', None == [], None == False
print [None] == [None], None in [None], [1, None].count(None)
def f():
    pass
print f() is None, repr(f())
print True + 1, True + True, True * 2.5, True + 1L, False - True, -True
print isinstance(True, int), isinstance(False, int), type(True + 1).__name__, type(True + 1.0).__name__
print True == 1, False == 0, True is 1, True == 1.0, hash(True) == hash(1)
print str(True), repr(False), int(True), float(False), long(True)
print True & True, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__
print 1 == 1.0 == 1L == True, 0 == 0.0 == 0L == False
print [10, 20][True], 'ab'[False], {1: 'one'}[True]
print sum([True] * 5), max(True, 0), min(False, -1), abs(-True)
print bool(0.0), bool(0L), bool(-0.0), bool(1e-300), bool(float('nan'))
print True and 'x', False or 'y', not True, type(not 1).__name__
print 3 + 0.0, 3L * 1.0, 2 ** 100 * 1.0, type(2 ** 100 + 0.5).__name__
print 7 / 2, 7 / 2.0, 7L / 2, 7 / True, -7 / 2L
print cmp(True, False), sorted([True, False, 0, 1, 2, -1]), bool('False')
