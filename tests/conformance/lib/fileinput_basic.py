import fileinput, os, sys

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

names = []
for i, text in enumerate(['a1\na2\n', '', 'c1\nc2', 'd1\r\nd2\rd3']):
    name = '_fi_tmp%d' % i
    with open(name, 'wb') as f:
        f.write(text)
    names.append(name)
fi = fileinput.FileInput(names)
for line in fi:
    print repr(line), fi.filename(), fi.lineno(), fi.filelineno(), fi.isfirstline(), fi.isstdin()
fi.close()
print [l for l in fileinput.FileInput(names[3], mode='U')]
for line in fileinput.input(names[:1]):
    print fileinput.filename(), fileinput.lineno(), repr(line)
    show(lambda: fileinput.input(names))
    fileinput.nextfile()
fileinput.close()
show(fileinput.lineno)
show(lambda: fileinput.FileInput(mode='w'))
show(lambda: fileinput.FileInput(openhook=5))
show(lambda: fileinput.FileInput(inplace=1, openhook=open))
fi = fileinput.FileInput(names, openhook=fileinput.hook_encoded('latin-1'))
print [fi.readline() for _ in range(4)], fi.fileno() != -1
fi.close()
print fi.fileno(), fi.readline() == ''
fi = fileinput.FileInput(names[0])
print fi[0], fi[1],
show(lambda: fi[5])
fi.close()
for line in fileinput.input(names[:3], inplace=1, backup='.orig'):
    sys.stdout.write(line.upper())
fileinput.close()
for n in names[:3]:
    print repr(open(n).read()), os.path.exists(n + '.orig')
    os.remove(n + '.orig')
for n in names:
    os.remove(n)
