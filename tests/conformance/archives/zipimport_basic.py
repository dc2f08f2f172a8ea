# zipimport: a zip archive on sys.path imports modules and packages from
# the .py files it holds; zipimporter's methods and errors.
import sys, os, tempfile, zipfile, shutil
import zipimport

d = tempfile.mkdtemp()
archive = os.path.join(d, 'lib.zip')
z = zipfile.ZipFile(archive, 'w')
z.writestr('zmod.py', 'X = 42\ndef f():\n    return __name__, __file__[-7:]\n')
z.writestr('zpkg/__init__.py', 'from zpkg.inner import Y\n')
z.writestr('zpkg/inner.py', 'Y = "inner"\r\n')
z.writestr('zpkg/sub/__init__.py', '')
z.writestr('zpkg/sub/leaf.py', 'import zmod\nZ = zmod.X + 1\n')
z.writestr('data.txt', 'some data')
z.writestr('broken.py', 'def (:\n')
z.close()

sys.path.insert(0, archive)
import zmod
print zmod.X, zmod.f(), type(zmod.__loader__).__name__
import zpkg
print zpkg.Y, zpkg.__path__[0][len(d):], zpkg.__file__[len(d):]
from zpkg.sub import leaf
print leaf.Z, leaf.__name__, 'zpkg.sub.leaf' in sys.modules
try:
    import nothere
except ImportError as e:
    print 'ImportError', e
try:
    import broken
except SyntaxError as e:
    print 'SyntaxError'
print 'broken' in sys.modules

zi = zipimport.zipimporter(archive)
print zi.archive == archive, repr(zi.prefix), repr(zi).replace(d, 'D')
print zi.find_module('zmod') is zi, zi.find_module('zzz'), zi.is_package('zpkg'), zi.is_package('zmod')
print repr(zi.get_data('data.txt')), repr(zi.get_data(os.path.join(archive, 'data.txt')))
print repr(zi.get_source('zpkg')), zi.get_filename('zmod')[len(d):]
sub = zipimport.zipimporter(os.path.join(archive, 'zpkg'))
print repr(sub.prefix), sub.is_package('sub'), sub.find_module('inner') is sub, repr(sub).replace(d, 'D')
try:
    zi.get_data('nope')
except IOError as e:
    print 'IOError'
for bad in ('', os.path.join(d, 'missing.zip'), d):
    try:
        zipimport.zipimporter(bad)
    except zipimport.ZipImportError as e:
        print 'ZipImportError', str(e)[:20]
try:
    zi.is_package('zzz')
except zipimport.ZipImportError as e:
    print 'ZipImportError', e
print issubclass(zipimport.ZipImportError, ImportError)
sys.path.remove(archive)
shutil.rmtree(d)
