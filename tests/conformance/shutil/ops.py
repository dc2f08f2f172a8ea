import tempfile, os, shutil, sys
dd = tempfile.mkdtemp()
# shutil
os.chdir(dd)
os.mkdir('src'); os.mkdir('src/sub')
for p, t in [('src/a.txt', 'A'), ('src/b.py', 'B'), ('src/sub/c.txt', 'C'), ('src/sub/d.pyc', 'D')]:
    with open(p, 'w') as fh: fh.write(t * 3)
os.chmod('src/a.txt', 0640); os.utime('src/a.txt', (1000000, 2000000))
shutil.copyfile('src/a.txt', 'a1'); print open('a1').read(), oct(os.stat('a1').st_mode & 0777) != '0640' or True
shutil.copy('src/a.txt', 'a2'); print oct(os.stat('a2').st_mode & 0777), int(os.stat('a2').st_mtime) != 2000000
shutil.copy2('src/a.txt', 'a3'); print oct(os.stat('a3').st_mode & 0777), int(os.stat('a3').st_mtime)
os.mkdir('dst'); shutil.copy('src/b.py', 'dst'); print os.listdir('dst')
try: shutil.copyfile('a1', 'a1')
except shutil.Error as e: print e
shutil.copytree('src', 'tree', ignore=shutil.ignore_patterns('*.pyc', 'b*'))
print sorted((r.replace(dd, ''), sorted(ds), sorted(fs)) for r, ds, fs in os.walk('tree'))
try: shutil.copytree('src', 'tree')
except OSError as e: print type(e).__name__, e.errno
shutil.move('tree', 'moved'); print os.path.exists('tree'), sorted(os.listdir('moved'))
shutil.move('a1', 'dst'); print sorted(os.listdir('dst')); shutil.copy('dst/a1', 'a1x')
try: shutil.move('a2', 'dst/a1'); shutil.move('a1x', 'dst')
except shutil.Error as e: print e
shutil.move('a3', 'dst'); print sorted(os.listdir('dst'))
try: shutil.move('dst', 'dst/inner')
except shutil.Error as e: print e
shutil.rmtree('moved'); print os.path.exists('moved')
try: shutil.rmtree('nonexistent')
except OSError as e: print e.errno, e.strerror
shutil.rmtree('nonexistent', ignore_errors=True)
errs = []
shutil.rmtree('nonexistent', onerror=lambda f, p, e: errs.append((f.__name__, p, e[0].__name__)))
print errs
from StringIO import StringIO
a, b = StringIO('x' * 50000), StringIO(); shutil.copyfileobj(a, b, 1000); print len(b.getvalue())
print issubclass(shutil.Error, EnvironmentError), shutil.ignore_patterns('*.c')('.', ['a.c', 'b.h', 'c.c']) == set(['a.c', 'c.c'])
os.chdir('/')
shutil.rmtree(dd); print os.path.exists(dd)
