# Using a file against its mode raises IOError with CPython's messages.
w = open('wl_mode_errors.txt', 'w')
w.write('data\n')
try:
    w.read()
except IOError as e:
    print 'read on w:', e
w.close()
r = open('wl_mode_errors.txt')
try:
    r.write('x')
except IOError as e:
    print 'write on r:', e
try:
    print >>r, 'y'
except IOError as e:
    print 'print >> r:', e
r.close()
import os
os.remove('wl_mode_errors.txt')
