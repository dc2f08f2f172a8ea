# int()/long()/float() read a buffer over characters as text, but not one
# over an array (no char buffer in 2.7); bytearray.translate checks its
# table before its deletechars.
import array
for f in (int, long, float):
    for src in ('12', bytearray('12'), buffer('12'), array.array('c', '12')):
        try:
            print f.__name__, type(src).__name__, f(buffer(src))
        except TypeError as e:
            print f.__name__, type(src).__name__, 'TypeError', e
x = bytearray("abc")
for args in [("1", 1), ("1" * 256, 1), ("1" * 256, "b"), (None, "a")]:
    try:
        print repr(x.translate(*args))
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
