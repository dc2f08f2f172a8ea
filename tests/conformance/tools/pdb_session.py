# pdb: a scripted session (commands from a StringIO) over a small program:
# breakpoints, stepping, printing, the stack, listing, and the errors.
import pdb
import sys
from StringIO import StringIO


def square(x):
    y = x * x
    return y


def program():
    total = 0
    for n in (2, 3):
        total += square(n)
    print 'total', total
    return total


commands = '''
break square
break
p x
step
args
p y
pp {'b': [1, 2], 'a': (3,)}
where
up
p total
down
down
retval
return
retval
condition 1 x == 3
continue
p x
tbreak 17
continue
whatis square
whatis total
p undefined_name
undefined_name
list 8, 10
alias sq p %1 * %1
sq 7
ignore 1 2
enable x
condition y
clear 1
clear 7
enable 99
jump abc
continue
'''

out = StringIO()
debugger = pdb.Pdb(stdin=StringIO(commands), stdout=out)
debugger.prompt = '(Pdb)\n'
result = debugger.runcall(program)
import os
lines = out.getvalue().replace(os.path.abspath(__file__), 'FILE').split('\n')
# The debugger's own runcall frame (bdb.py) differs between builds.
kept = []
for line in lines:
    if 'bdb.py(' in line:
        kept.append('[bdb frame]')
    elif not (line.startswith('-> ') and kept and kept[-1] == '[bdb frame]'):
        kept.append(line)
lines = kept
print '\n'.join(lines)
print 'result', result
