# subclasses of the built-in file type
class Unseekable(file):
    def tell(self):
        raise IOError('cannot tell')

with open('_fsub_tmp', 'wb') as f:
    f.write('first line\nsecond\n')
u = Unseekable('_fsub_tmp', 'rb')
print isinstance(u, file), type(u).__name__, u.name, u.mode, u.closed
print repr(u.readline()), repr(u.read(3))
try:
    u.tell()
except IOError as e:
    print 'IOError', e
u.seek(0)
print list(u)
u.close()
print u.closed
with Unseekable('_fsub_tmp', 'ab') as w:
    w.write('third\n')
print open('_fsub_tmp').read(),
import os
os.remove('_fsub_tmp')
