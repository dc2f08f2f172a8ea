# round()'s ndigits goes through __index__ (floats refused); slices are unhashable.
class MyIndex(object):
    def __index__(self):
        return 4
print round(-0.123456, MyIndex()), round(12.34, True), round(1234.5, -2L)
for args in [(3.14159, 2.0), (1.5, 'x')]:
    try:
        round(*args)
    except TypeError as e:
        print 'TypeError', e
for f in (lambda: hash(slice(1, 2)), lambda: {slice(1): 2}):
    try:
        f()
    except TypeError as e:
        print 'TypeError', e
