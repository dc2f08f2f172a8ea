# args, message, str() and repr() of exceptions.
for e in [Exception(), Exception('one'), Exception('a', 'b'), ValueError(5),
          KeyError('key'), KeyError('a', 'b'), IndexError(), IOError(2, 'No such file'),
          Exception(None), Exception(''), RuntimeError([1, 2])]:
    print repr(e), '|', str(e), '|', e.args
print Exception('m').message, repr(Exception().message), repr(Exception('a', 'b').message)
e = IOError(2, 'No such file')
print e.errno, e.strerror, e.filename
e = IOError(2, 'No such file', 'path.txt')
print e.errno, e.strerror, e.filename, str(e)
e = OSError('just message')
print e.errno, e.strerror, str(e)
try:
    {}['missing']
except KeyError as e:
    print e.args, str(e), repr(e)
try:
    [][0]
except IndexError as e:
    print e.args, str(e)
try:
    int('x')
except ValueError as e:
    print e.args
e = Exception('x')
e.extra = 'attached'
print e.extra
print str(KeyError('')), repr(KeyError(''))
print isinstance(e, BaseException), type(e).__name__, e.__class__.__name__
