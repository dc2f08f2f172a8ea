# sys, os, os.path and time basics plus simple file I/O; ends with sys.exit(3).
import sys, os, time
print sys.argv, len(sys.argv), type(sys.argv)
print sys.version_info[0], sys.version_info[:2], sys.version[:3], sys.hexversion >> 24
print sys.platform.startswith('linux'), sys.byteorder, sys.maxsize == sys.maxint, type(sys.path), sys.executable != ''
print sys.stdin is not None, hasattr(sys.stdout, 'write')
print 'sys' in sys.modules, 'os' in sys.modules, '__main__' in sys.modules, sys.modules['__main__'].__name__
print os.sep, os.linesep == '\n', os.curdir, os.pardir, os.name, os.getcwd() == os.path.abspath('.')
print os.path.join('a', 'b', 'c.txt'), os.path.split('/x/y/z.py'), os.path.splitext('f.tar.gz'), os.path.basename('/a/b'), os.path.dirname('/a/b')
print os.path.exists('sys_os_time_tour.py'), os.path.isfile('.'), os.path.isdir('.'), os.path.exists('nope_nope')
print os.path.join('/a', '/b'), os.path.normpath('a//b/../c/.'), os.path.isabs('/x'), os.path.splitext('noext')
print 'PATH' in os.environ, os.environ.get('NOPE_NOT_SET', 'unset'), os.getenv('NOPE_X', 'd')
print type(os.getpid()), os.path.expanduser('~') != '~'
t = time.time()
print type(t), t > 1e9, type(time.clock()), time.strftime('%Y', time.gmtime(0)), time.gmtime(0)[:6]
print time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(86400 * 365)), time.localtime().tm_year > 2000
st = time.gmtime(1234567890)
print st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday, time.asctime(st), time.mktime(time.localtime(100)) == 100
time.sleep(0.01)
print time.time() - t >= 0.01
fn = 'probe_tmp_file.txt'
f = open(fn, 'w')
f.write('line one\nline two\n')
f.writelines(['three\n', 'four'])
f.close()
print open(fn).read().split('\n'), len(open(fn).readlines())
with open(fn) as f:
    for i, line in enumerate(f):
        print i, repr(line)
with open(fn, 'a') as f:
    print >>f, 'appended'
print open(fn).readlines()[-1], os.path.getsize(fn)
os.remove(fn)
print os.path.exists(fn)
print sorted(x for x in os.listdir('.') if x == 'sys_os_time_tour.py')
try:
    open('does/not/exist.txt')
except IOError as e:
    print 'IOError', e.errno, e.strerror, e.filename, e
sys.stdout.flush()
sys.exit(3)
