# Builtins present in Python 2.7: reload, bytes, coerce, bytearray.
import os
print bytes is str, bytes('abc')
print coerce(1, 2.5), coerce(3, 4L)
b = bytearray('abc')
b[0] = ord('x')
print b, len(b), str(b)
mod = reload(os)
print mod is os
