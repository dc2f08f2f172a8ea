# Without the future import, eval/exec/input divide classically, unless the
# dynamic source imports division itself.
import sys
import StringIO

print eval('1/2'), eval('7//2')
exec 'print 1/2'
exec 'from __future__ import division\nprint 1/2\nprint eval("1/4")'
sys.stdin = StringIO.StringIO('1/2\n')
print input()
exec 'from __future__ import division\nimport sys, StringIO\nsys.stdin = StringIO.StringIO("3/2")\nprint input()'
sys.stdin = sys.__stdin__

# raw_input and input without sys.stdin or sys.stdout.
out, inp = sys.stdout, sys.stdin
del sys.stdout
try:
    input('prompt')
except RuntimeError as e:
    msg = str(e)
sys.stdout = out
print msg
del sys.stdin
try:
    raw_input('prompt')
except RuntimeError as e:
    msg = str(e)
sys.stdin = inp
print msg
