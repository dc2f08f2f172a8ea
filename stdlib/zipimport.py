"""Import Python modules from zip archives.

A zip archive (or a folder inside one, 'archive.zip/lib') on sys.path is
handed to zipimporter by the import system; modules and packages are
loaded from the .py sources it holds (compiled .pyc files in the archive
are not used: their bytecode is CPython's)."""

import sys
import os
import stat

__all__ = ['ZipImportError', 'zipimporter']


class ZipImportError(ImportError):
    pass


# archive path -> {name in the archive: ZipInfo}
_zip_directory_cache = {}

_MAX_PATH = 4096


def _read_directory(archive):
    import zipfile
    try:
        zf = zipfile.ZipFile(archive)
    except IOError:
        raise ZipImportError("can't open Zip file: %r" % archive)
    except Exception:
        raise ZipImportError("not a Zip file: %r" % archive)
    try:
        files = {}
        for info in zf.infolist():
            files[info.filename] = info
    finally:
        zf.close()
    return files


class zipimporter(object):
    """zipimporter(archivepath) -> an importer for the modules in a zip
    archive, or in a folder of it ('archive.zip/sub/dir')."""

    def __init__(self, path):
        if not isinstance(path, basestring):
            raise TypeError("zipimporter() argument 1 must be string, not %s"
                            % type(path).__name__)
        if not path:
            raise ZipImportError("archive path is empty")
        if len(path) >= _MAX_PATH:
            raise ZipImportError("archive path too long")
        # the archive is the longest leading part that is a file
        archive = path
        prefix = ''
        while True:
            try:
                st = os.stat(archive)
            except OSError:
                st = None
            if st is not None:
                if not stat.S_ISREG(st.st_mode):
                    raise ZipImportError("not a Zip file")
                break
            head, tail = os.path.split(archive)
            if not tail or head == archive:
                raise ZipImportError("not a Zip file")
            prefix = tail + (prefix and os.sep + prefix)
            archive = head
        files = _zip_directory_cache.get(archive)
        if files is None:
            files = _read_directory(archive)
            _zip_directory_cache[archive] = files
        self._files = files
        self.archive = archive
        if prefix and not prefix.endswith(os.sep):
            prefix += os.sep
        self.prefix = prefix

    def __repr__(self):
        if self.prefix:
            return '<zipimporter object "%s%s%s">' % (self.archive, os.sep, self.prefix)
        return '<zipimporter object "%s">' % self.archive

    # -- finding

    def _inner(self, fullname):
        """The archive path (without extension) of a module's file."""
        sub = fullname.rpartition('.')[2]
        return (self.prefix + sub).replace(os.sep, '/')

    def _has(self, name):
        return name in self._files

    def _lookup(self, fullname):
        """(archive name of the source, is it a package) or None."""
        base = self._inner(fullname)
        init = base + '/__init__.py'
        if self._has(init):
            return init, True
        if self._has(base + '.py'):
            return base + '.py', False
        return None

    def find_module(self, fullname, path=None):
        """find_module(fullname, path=None) -> self or None"""
        if self._lookup(fullname) is None:
            return None
        return self

    def is_package(self, fullname):
        """is_package(fullname) -> whether the module is a package"""
        found = self._lookup(fullname)
        if found is None:
            raise ZipImportError("can't find module '%s'" % fullname)
        return found[1]

    def _path_of(self, inner):
        return self.archive + os.sep + inner.replace('/', os.sep)

    def get_filename(self, fullname):
        """get_filename(fullname) -> the module's __file__"""
        found = self._lookup(fullname)
        if found is None:
            raise ZipImportError("can't find module '%s'" % fullname)
        return self._path_of(found[0])

    # -- data

    def _read(self, inner):
        import zipfile
        zf = zipfile.ZipFile(self.archive)
        try:
            return zf.read(self._files[inner])
        finally:
            zf.close()

    def get_data(self, pathname):
        """get_data(pathname) -> the bytes of a file in the archive"""
        if pathname.startswith(self.archive + os.sep):
            pathname = pathname[len(self.archive + os.sep):]
        inner = pathname.replace(os.sep, '/')
        if inner not in self._files:
            raise IOError(0, '', pathname)
        return self._read(inner)

    def get_source(self, fullname):
        """get_source(fullname) -> the module's source, None without one"""
        found = self._lookup(fullname)
        if found is None:
            raise ZipImportError("can't find module '%s'" % fullname)
        return self._read(found[0])

    def get_code(self, fullname):
        """get_code(fullname) -> the module's code object"""
        found = self._lookup(fullname)
        if found is None:
            raise ZipImportError("can't find module '%s'" % fullname)
        source = self._read(found[0]).replace('\r\n', '\n').replace('\r', '\n')
        if not source.endswith('\n'):
            source += '\n'
        return compile(source, self._path_of(found[0]), 'exec')

    # -- loading

    def load_module(self, fullname):
        """load_module(fullname) -> the module, imported from the archive"""
        found = self._lookup(fullname)
        if found is None:
            raise ZipImportError("can't find module '%s'" % fullname)
        code = self.get_code(fullname)
        mod = sys.modules.get(fullname)
        if mod is None:
            mod = type(sys)(fullname)
            sys.modules[fullname] = mod
        mod.__file__ = self._path_of(found[0])
        mod.__loader__ = self
        if found[1]:
            sub = fullname.rpartition('.')[2]
            mod.__path__ = [self.archive + os.sep + self.prefix + sub]
        try:
            exec code in mod.__dict__
        except:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]
