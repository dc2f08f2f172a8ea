"""Helpers for packages and the modules they hold: extend_path for packages
spread over several directories, iter_modules/walk_packages to list modules,
get_loader/find_loader and get_data to read files that ship beside a module.

minipy imports modules from directories on sys.path (and its embedded
standard library); importers and loaders here are small objects over one
directory, with the method names of 2.7's PEP 302 emulation."""

import os
import sys
import imp

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader',
    'walk_packages', 'iter_modules', 'get_data',
    'ImpImporter', 'ImpLoader', 'read_code', 'extend_path',
]


def _source_suffixes():
    return [s for s, mode, kind in imp.get_suffixes()] or ['.py']


def _is_package_dir(path):
    for suffix in _source_suffixes():
        if os.path.isfile(os.path.join(path, '__init__' + suffix)):
            return True
    return False


def read_code(stream):
    """A code object from a .pyc stream; minipy writes none, so None."""
    return None


class ImpImporter:
    """Finds modules in one directory (or, with no path, on sys.path)."""

    def __init__(self, path=None):
        self.path = path

    def find_module(self, fullname, path=None):
        subname = fullname.split('.')[-1]
        if subname != fullname and self.path is None:
            return None
        if self.path is None:
            search = None
        else:
            search = [os.path.realpath(self.path)]
        try:
            found = imp.find_module(subname, search)
        except ImportError:
            return None
        return ImpLoader(fullname, *found)

    def iter_modules(self, prefix=''):
        if self.path is None or not os.path.isdir(self.path):
            return
        seen = set()
        try:
            entries = sorted(os.listdir(self.path))
        except OSError:
            return
        suffixes = _source_suffixes()
        for entry in entries:
            full = os.path.join(self.path, entry)
            name, ispkg = None, False
            if os.path.isdir(full):
                if '.' not in entry and _is_package_dir(full):
                    name, ispkg = entry, True
            else:
                for suffix in suffixes:
                    if entry.endswith(suffix):
                        name = entry[:-len(suffix)]
                        break
            if not name or name == '__init__' or name in seen:
                continue
            seen.add(name)
            yield prefix + name, ispkg


class ImpLoader:
    """Loads one module found by ImpImporter."""

    code = source = None

    def __init__(self, fullname, file, filename, etc):
        self.file = file
        self.filename = filename
        self.fullname = fullname
        self.etc = etc

    def load_module(self, fullname):
        self._reopen()
        try:
            mod = imp.load_module(fullname, self.file, self.filename, self.etc)
        finally:
            if self.file:
                self.file.close()
        return mod

    def get_data(self, pathname):
        with open(pathname, "rb") as f:
            return f.read()

    def _reopen(self):
        if self.file and self.file.closed:
            self.file = open(self.filename, 'rU')

    def _fix_name(self, fullname):
        if fullname is None:
            return self.fullname
        if fullname != self.fullname:
            raise ImportError("Loader for module %s cannot handle "
                              "module %s" % (self.fullname, fullname))
        return fullname

    def is_package(self, fullname):
        fullname = self._fix_name(fullname)
        return self.etc[2] == imp.PKG_DIRECTORY

    def get_code(self, fullname=None):
        fullname = self._fix_name(fullname)
        if self.code is None:
            source = self.get_source(fullname)
            if source is not None:
                self.code = compile(source, self.get_filename(fullname),
                                    'exec')
        return self.code

    def get_source(self, fullname=None):
        fullname = self._fix_name(fullname)
        if self.source is None:
            filename = self.get_filename(fullname)
            if filename and os.path.isfile(filename):
                with open(filename, 'rU') as f:
                    self.source = f.read()
        return self.source

    def get_filename(self, fullname=None):
        fullname = self._fix_name(fullname)
        if self.etc[2] == imp.PKG_DIRECTORY:
            for suffix in _source_suffixes():
                init = os.path.join(self.filename, '__init__' + suffix)
                if os.path.isfile(init):
                    return init
            return None
        return self.filename


def get_importer(path_item):
    """The importer for one sys.path entry (cached in
    sys.path_importer_cache)."""
    cache = getattr(sys, 'path_importer_cache', None)
    if cache is None:
        cache = sys.path_importer_cache = {}
    importer = cache.get(path_item)
    if importer is None:
        for hook in getattr(sys, 'path_hooks', []):
            try:
                importer = hook(path_item)
                break
            except ImportError:
                pass
        if importer is None:
            importer = ImpImporter(path_item)
        cache[path_item] = importer
    return importer


def iter_importers(fullname=""):
    """The importers that could load fullname (sys.meta_path's first)."""
    if fullname.startswith('.'):
        raise ImportError("Relative module names not supported")
    if '.' in fullname:
        pkg = '.'.join(fullname.split('.')[:-1])
        if pkg not in sys.modules:
            __import__(pkg)
        path = getattr(sys.modules[pkg], '__path__', None) or []
    else:
        for importer in getattr(sys, 'meta_path', []):
            yield importer
        path = sys.path
    for item in path:
        yield get_importer(item)
    if '.' not in fullname:
        yield ImpImporter()


def _module_name_of(module_or_name):
    if module_or_name in sys.modules.values():
        loader = getattr(module_or_name, '__loader__', None)
        if loader is not None:
            return loader, None
        return None, module_or_name.__name__
    return None, module_or_name


def get_loader(module_or_name):
    """A loader for a module (or module name), or None."""
    loader, fullname = _module_name_of(module_or_name)
    if loader is not None:
        return loader
    return find_loader(fullname)


def find_loader(fullname):
    """The first importer's loader for fullname, or None."""
    for importer in iter_importers(fullname):
        loader = importer.find_module(fullname)
        if loader is not None:
            return loader
    return None


def iter_modules(path=None, prefix=''):
    """(module_loader, name, ispkg) for every module on path (a list of
    directories; sys.path when None)."""
    if path is None:
        importers = iter_importers()
    else:
        importers = map(get_importer, path)
    seen = set()
    for importer in importers:
        lister = getattr(importer, 'iter_modules', None)
        if lister is None:
            continue
        for name, ispkg in lister(prefix):
            if name not in seen:
                seen.add(name)
                yield importer, name, ispkg


def walk_packages(path=None, prefix='', onerror=None):
    """iter_modules, then recursively the modules of every package found
    (each package is imported to learn its __path__)."""
    seen = {}
    for importer, name, ispkg in iter_modules(path, prefix):
        yield importer, name, ispkg
        if not ispkg:
            continue
        try:
            __import__(name)
        except ImportError:
            if onerror is not None:
                onerror(name)
        except Exception:
            if onerror is not None:
                onerror(name)
            else:
                raise
        else:
            subpath = getattr(sys.modules[name], '__path__', None) or []
            subpath = [p for p in subpath if p not in seen]
            for p in subpath:
                seen[p] = True
            for item in walk_packages(subpath, name + '.', onerror):
                yield item


def extend_path(path, name):
    """A package's __path__ grown by the directory of the same package on
    every other sys.path entry, and by the lines of any name.pkg file."""
    if not isinstance(path, list):
        return path
    pname = os.path.join(*name.split('.'))
    sname = os.extsep.join(name.split('.')[-1:] + ['pkg'])
    path = path[:]
    for entry in sys.path:
        if not isinstance(entry, basestring) or not os.path.isdir(entry):
            continue
        subdir = os.path.join(entry, pname)
        if subdir not in path and os.path.isdir(subdir):
            path.append(subdir)
        pkgfile = os.path.join(entry, sname)
        if os.path.isfile(pkgfile):
            try:
                f = open(pkgfile)
            except IOError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (pkgfile, msg))
            else:
                with f:
                    for line in f:
                        line = line.rstrip('\n')
                        if line and not line.startswith('#'):
                            path.append(line)
    return path


def get_data(package, resource):
    """The bytes of a file that ships with a package, named by a
    '/'-separated path relative to the package's directory; None when the
    package cannot be found or has no file."""
    loader = get_loader(package)
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    mod = sys.modules.get(package) or loader.load_module(package)
    if mod is None or not getattr(mod, '__file__', None):
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(mod.__file__))
    return loader.get_data(os.path.join(*parts))
