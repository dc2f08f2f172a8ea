# pkgutil over a package tree made in a temporary directory: iter_modules,
# walk_packages, get_data, find_loader/get_loader, extend_path, get_importer.
import os, sys, shutil, tempfile

root = tempfile.mkdtemp()
def put(rel, text):
    path = os.path.join(root, *rel.split('/'))
    if not os.path.isdir(os.path.dirname(path)):
        os.makedirs(os.path.dirname(path))
    with open(path, 'w') as f:
        f.write(text)
put('mypkg/__init__.py', 'X = 1\n')
put('mypkg/a.py', 'Y = 2\n')
put('mypkg/sub/__init__.py', '')
put('mypkg/sub/b.py', 'Z = 3\n')
put('mypkg/res.txt', 'data!\n')
put('solo.py', 'M=1\n')
put('notes.txt', 'not a module\n')
sys.path.insert(0, root)
try:
    import pkgutil
    print sorted((n, p) for _, n, p in pkgutil.iter_modules([root]))
    print sorted((n, p) for _, n, p in pkgutil.walk_packages([root]))
    print sorted((n, p) for _, n, p in pkgutil.iter_modules([root], 'pre.'))
    print repr(pkgutil.get_data('mypkg', 'res.txt'))
    print repr(pkgutil.get_data('mypkg', 'sub/b.py'))
    print pkgutil.get_data('nosuchpkg_xyz', 'res.txt')
    l = pkgutil.find_loader('solo')
    print l.__class__.__name__, os.path.basename(l.get_filename()), l.is_package('solo'), repr(l.get_source())
    print l.get_code().co_filename == l.get_filename()
    l = pkgutil.get_loader('mypkg')
    print os.path.basename(l.get_filename()), l.is_package('mypkg')
    print pkgutil.find_loader('nosuchmod_xyz')
    import mypkg
    print [os.path.relpath(p, root) for p in pkgutil.extend_path(list(mypkg.__path__), 'mypkg')]
    print pkgutil.extend_path('notalist', 'x')
    print pkgutil.get_importer(root).__class__.__name__
    try:
        l.get_filename('other')
    except ImportError as e:
        print e
finally:
    sys.path.remove(root)
    shutil.rmtree(root)
