# StringIO and cStringIO: closed-file errors, readline/readlines limits, truncate, buffers.
import StringIO, cStringIO, array
def e(f, *a):
    try:
        print repr(f(*a))
    except Exception as ex:
        print type(ex).__name__, ex
line = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!'
for mod in (StringIO, cStringIO):
    print mod.__name__
    f = mod.StringIO((line + '\n') * 5)
    print f.read(10), repr(f.read(0)), repr(f.readline(0)), len(f.readline()), len(f.readlines(60))
    f.seek(0); print len(f.readline(-1)), len(f.readline(5)), f.tell()
    f.seek(-3, 2); print repr(f.read()), f.tell()
    for call in (f.seek, lambda: f.isatty(None)):
        try:
            call()
        except TypeError:
            print 'TypeError'
    f.close(); print f.closed
    for name in ('read', 'readline', 'getvalue', 'isatty', 'tell', 'next', 'flush'):
        e(getattr(f, name))
    g = mod.StringIO(); g.write('x' * 20); g.seek(10); g.truncate()
    print g.getvalue(), g.tell()
    g.truncate(5); print g.getvalue(), g.tell()
    g.write('xyz'); print repr(g.getvalue())
    e(g.truncate, -1)
    g.seek(12); g.write('end'); print repr(g.getvalue())
    g.writelines(['a', 'b']); print repr(g.getvalue())
    print list(mod.StringIO('a\nb\nc'))
    g.close(); e(g.write, 'q')
print cStringIO.StringIO(array.array('B', [0, 1, 2])).getvalue() == '\x00\x01\x02'
print cStringIO.StringIO(buffer('abc')).read(), cStringIO.StringIO(memoryview('xyz')).read(), StringIO.StringIO(buffer('def')).read()
o = cStringIO.StringIO(); o.write('hello'); o.seek(2); print o.getvalue(True), o.getvalue(), o.getvalue(False)
i = cStringIO.StringIO('data'); print hasattr(i, 'write'), hasattr(o, 'write'), type(i) is cStringIO.InputType, type(o) is cStringIO.OutputType
i.read(2); i.reset(); print i.read()
e(cStringIO.StringIO, 'a', 'b')
e(cStringIO.StringIO, 3)
