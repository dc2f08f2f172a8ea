import errno, stat, os, tempfile, linecache
print errno.EEXIST, errno.ENOENT, errno.EACCES, errno.EINVAL, errno.errorcode[errno.EEXIST], errno.errorcode[11], len(errno.errorcode) > 100
print [n for n in ('S_ISDIR', 'S_ISREG', 'S_ISLNK', 'S_ISFIFO', 'S_ISCHR', 'S_ISBLK', 'S_ISSOCK') if getattr(stat, n)(stat.S_IFDIR)]
print stat.S_IMODE(0100644), stat.S_IFMT(0100644) == stat.S_IFREG, stat.S_ISREG(0100755), stat.S_IRWXU, stat.S_IRUSR | stat.S_IWUSR, stat.ST_MTIME
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
with open(p, 'w') as f: f.write('one\ntwo\nthree')
st = os.stat(p)
print stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(d).st_mode), stat.S_IMODE(os.stat(d).st_mode) == 0700, st[stat.ST_SIZE]
print repr(linecache.getline(p, 2)), repr(linecache.getline(p, 3)), repr(linecache.getline(p, 9)), len(linecache.getlines(p))
print repr(linecache.getline('/no/such/file', 1)), repr(linecache.getline('<string>', 1))
linecache.clearcache(); print linecache.cache
try: os.mkdir(d)
except OSError as e: print e.errno == errno.EEXIST, e.strerror, e.filename == d
os.remove(p); os.rmdir(d)
