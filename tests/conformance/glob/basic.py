import glob, os, tempfile
base = tempfile.mkdtemp()
for d in ['a', 'ab', 'b', '.hid']:
    os.mkdir(os.path.join(base, d))
    for f in ['x.txt', 'y.py', '.z']:
        open(os.path.join(base, d, f), 'w').close()
os.chdir(base)
for p in ['*', '*/*.py', 'a*/x.*', '?', '.*', '*/.*', 'a/x.txt', 'nope', 'a/', '[ab]/y*', '*/', '[!a]*', '*/[xy].*', 'a/*']:
    print p, sorted(glob.glob(p))
print [x[len(base):] for x in sorted(glob.glob(base + '/b/*'))]
print [x[len(base):] for x in sorted(glob.glob(os.path.join(base, '*', '*.txt')))]
print glob.has_magic('a[b'), glob.has_magic('abc'), glob.has_magic('a?'), list(glob.iglob('zz*'))
print type(glob.iglob('*')).__name__
for r, ds, fs in os.walk(base, topdown=False):
    for f in fs: os.remove(os.path.join(r, f))
    for d in ds: os.rmdir(os.path.join(r, d))
os.rmdir(base)
print os.path.exists(base)
