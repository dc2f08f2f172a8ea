# os directory and file operations with their errors.
import os
base = 'wl_os_ops_dir'
os.mkdir(base)
for name in ['b.txt', 'a.txt']:
    f = open(os.path.join(base, name), 'w')
    f.write(name)
    f.close()
print sorted(os.listdir(base))
os.rename(os.path.join(base, 'a.txt'), os.path.join(base, 'c.txt'))
print sorted(os.listdir(base)), os.stat(os.path.join(base, 'c.txt')).st_size
try:
    os.rmdir(base)
except OSError as e:
    print 'OSError', e.errno, e.strerror
for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print os.path.exists(base)
try:
    os.remove('wl_no_such_file.txt')
except OSError as e:
    print 'OSError', e
try:
    os.listdir('wl_no_such_dir')
except OSError as e:
    print 'OSError', e
print os.devnull, os.pathsep, os.error is OSError, os.strerror(2)
print [d for d, _, _ in os.walk('.') if d == '.']
