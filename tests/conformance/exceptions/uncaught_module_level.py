# An uncaught NameError at module level: traceback on stderr, status 1.
print 'before the error'
x = 1
y = x + undefined_name
print 'never printed'
