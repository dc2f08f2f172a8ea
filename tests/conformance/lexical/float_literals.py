# Float literals and their printed forms.
print 1.0, 1.5, -2.25
print 1e10, 1E10, 1e-3, 2.5e2
print .5, 5., 0.
print 1e100, 1.5e-7
print repr(.5), repr(5.), repr(1e10)
print type(1e0).__name__, type(5.).__name__, type(.5).__name__
print 3.14159, repr(3.14159)
print 1e22, 1e16, 1e15, 123456789.0
print 0.1 + 0.2 == 0.3, repr(0.1 + 0.2)
print 10.0 / 4, 7.0 // 2, 2.0 ** 10
