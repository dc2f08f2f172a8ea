import tempfile, os, shutil, sys
print tempfile.gettempprefix(), tempfile.template, tempfile.TMP_MAX
d = tempfile.gettempdir(); print os.path.isabs(d), os.path.isdir(d), d == tempfile.tempdir
fd, name = tempfile.mkstemp(suffix='.x', prefix='pre_')
print type(fd).__name__, os.path.basename(name).startswith('pre_'), name.endswith('.x'), len(os.path.basename(name)), oct(os.stat(name).st_mode & 0777)
os.write(fd, 'data'); os.close(fd); print open(name).read(); os.unlink(name)
dd = tempfile.mkdtemp(prefix='dd'); print os.path.isdir(dd), oct(os.stat(dd).st_mode & 0777), os.path.basename(dd)[:2]
n = tempfile.mktemp(dir=dd); print os.path.dirname(n) == dd, os.path.exists(n)
f = tempfile.TemporaryFile(dir=dd); f.write('hello'); f.seek(0); print f.read(), os.listdir(dd); f.close()
with tempfile.NamedTemporaryFile(dir=dd, suffix='.txt') as f:
    f.write('named'); f.flush()
    print os.path.exists(f.name), f.name.endswith('.txt'), open(f.name).read(), type(f.name).__name__
print os.path.exists(f.name), os.listdir(dd)
f = tempfile.NamedTemporaryFile(dir=dd, delete=False); f.write('kept'); f.close(); print os.path.exists(f.name); os.unlink(f.name)
s = tempfile.SpooledTemporaryFile(max_size=10, dir=dd)
s.write('abc'); print s._rolled, s.tell()
s.write('x' * 20); print s._rolled, s.tell(); s.seek(0); print s.read(5); s.close(); print s.closed
s = tempfile.SpooledTemporaryFile(dir=dd); s.write('q'); s.seek(0); print s.read(), s._rolled, s.mode
shutil.rmtree(dd); print os.path.exists(dd)
