# float.__getformat__/__setformat__ and what "unknown" does to struct.
import struct, sys

print sys.float_repr_style
print float.__getformat__('double'), '|', float.__getformat__('float')

def attempt(f, *a):
    try:
        print repr(f(*a))
    except Exception as e:
        print type(e).__name__, e

attempt(float.__getformat__, 'chicken')
attempt(float.__getformat__, 1)
attempt(float.__setformat__, 'chicken', 'unknown')
attempt(float.__setformat__, 'double', 'chicken')
attempt(float.__setformat__, 'double', 'IEEE, big-endian')
attempt(float.__setformat__, 'float', 'IEEE, big-endian')
attempt(float.__setformat__, 1, 'unknown')
attempt(float.__setformat__, 'double', 2)

INF_D = '\x7f\xf0\x00\x00\x00\x00\x00\x00'
NAN_D = '\x7f\xf8\x00\x00\x00\x00\x00\x00'
INF_F = '\x7f\x80\x00\x00'
attempt(struct.unpack, '>d', INF_D)
float.__setformat__('double', 'unknown')
print float.__getformat__('double'), '|', float.__getformat__('float')
attempt(struct.unpack, '>d', INF_D)
attempt(struct.unpack, '<d', NAN_D[::-1])
attempt(struct.unpack, '>d', '\x3f\xf0\x00\x00\x00\x00\x00\x00')
attempt(struct.unpack_from, '>d', 'xx' + INF_D, 2)
float.__setformat__('float', 'unknown')
attempt(struct.unpack, '>f', INF_F)
attempt(struct.unpack, '>f', '\x3f\x80\x00\x00')
float.__setformat__('double', 'IEEE, little-endian')
float.__setformat__('float', 'IEEE, little-endian')
attempt(struct.unpack, '>d', INF_D)
attempt(struct.unpack, '>f', INF_F)
print float.__getformat__('double'), '|', float.__getformat__('float')
