# os and os.path basics.
import os
import os.path
print os.path.join('a', 'b', 'c'), os.path.join('/root', 'x'), os.path.join('a', '/abs', 'b'), os.path.join('a/', 'b')
print os.path.exists('os_module.py'), os.path.exists('no_such_file_here.txt')
print os.path.isfile('os_module.py'), os.path.isdir('.'), os.path.isdir('os_module.py')
print os.path.basename('/x/y/z.txt'), os.path.dirname('/x/y/z.txt'), os.path.splitext('name.tar.gz')
print os.path.split('/a/b/c'), os.path.split('file'), os.path.abspath('.') == os.getcwd()
print 'PATH' in os.environ, type(os.environ.get('PATH')).__name__, os.environ.get('NO_SUCH_VAR_XYZ', 'unset')
print type(os.getpid()).__name__, os.getpid() > 0
print os.sep, os.path.sep, os.curdir, type(os.getcwd()).__name__
print os.path.basename(os.getcwd())
print 'os_module.py' in os.listdir('.')
print os.path.normpath('a//b/./c/../d')
