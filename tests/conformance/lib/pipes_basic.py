import pipes, os

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

for s in ('', 'plain-name_1.txt', 'two words', "it's", 'a$b', 'x"y'):
    print repr(pipes.quote(s))
t = pipes.Template()
print repr(t)
t.append('tr a-z A-Z', pipes.STDIN_STDOUT)
t.append('sed s/L/_/g', '--')
print repr(t)
print t.makepipeline('in file', 'out')
print t.makepipeline('', '')
t2 = pipes.Template()
t2.append('sort < $IN', pipes.FILEIN_STDOUT)
print t2.makepipeline('data', '')
print pipes.makepipeline('', [], '')
u = t.clone()
print u.steps == t.steps, u.steps is t.steps
show(lambda: t.append(5, '--'))
show(lambda: t.append('x', 'zz'))
show(lambda: t.append('x', pipes.SOURCE))
show(lambda: t.prepend('x', pipes.SINK))
show(lambda: t.append('x', pipes.FILEIN_STDOUT))
show(lambda: t.append('x $IN', pipes.FILEIN_FILEOUT))
show(lambda: t.open('f', 'a'))
s = pipes.Template()
s.append('cat >/dev/null', pipes.SINK)
show(lambda: s.open('f', 'r'))
show(lambda: s.append('x', pipes.SINK))
with open('_pipes_in', 'w') as f:
    f.write('hello world\n')
print t.copy('_pipes_in', '_pipes_out')
print open('_pipes_out').read(),
f = t.open('_pipes_in', 'r')
print f.read(),
f.close()
f = t.open('_pipes_out', 'w')
f.write('written through\n')
f.close()
print open('_pipes_out').read(),
os.remove('_pipes_in')
os.remove('_pipes_out')
