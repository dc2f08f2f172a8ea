# Reads and packs asked for more memory than there is: MemoryError or the
# C-int OverflowError 2.7 gives, never an abort.
import os
import socket
import struct

a, b = socket.socketpair()
a.settimeout(0.01)
for n in (2**31, 2**40, -1):
    try:
        a.recv(n)
    except Exception as e:
        print 'recv', n, type(e).__name__, e
b.send('abc')
print repr(a.recv(10))
for fmt in ('%dx' % 2**40, '%ds' % 2**40):
    try:
        struct.pack(fmt, *(('',) if fmt.endswith('s') else ()))
    except Exception as e:
        print 'pack', type(e).__name__, e
r, w = os.pipe()
os.write(w, 'xyz')
try:
    os.read(r, 2**40)
except Exception as e:
    print 'read', type(e).__name__, e
print repr(os.read(r, 10))
