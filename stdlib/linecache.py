"""Lines of source files, read once and kept (for tracebacks and
warnings)."""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache"]

# filename -> (size, mtime, lines, fullname)
cache = {}


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (from 1) of the file, with its newline, or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    cache.clear()


def getlines(filename, module_globals=None):
    """All lines of the file, reading it if it is not cached."""
    if filename in cache:
        return cache[filename][2]
    if filename.startswith('<doctest '):
        # Code of a running doctest example (pdb lists it, as 2.7's
        # doctest patches linecache for).
        doctest = sys.modules.get('doctest')
        lines = doctest and doctest._example_lines(filename)
        if lines is not None:
            return lines
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drops cached files that changed on disk (all, or just filename)."""
    if filename is None:
        names = list(cache.keys())
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        size, mtime, lines, fullname = cache[name]
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except os.error:
            del cache[name]
            continue
        if size != st.st_size or mtime != st.st_mtime:
            del cache[name]


def _read(path):
    f = open(path, 'rU')
    try:
        return f.readlines()
    finally:
        f.close()


def updatecache(filename, module_globals=None):
    """Reads filename (looking along sys.path for a relative name) into the
    cache; returns its lines, or [] when it cannot be found."""
    if filename in cache:
        del cache[filename]
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        basename = filename
        if module_globals and '__loader__' in module_globals:
            name = module_globals.get('__name__')
            loader = module_globals['__loader__']
            get_source = getattr(loader, 'get_source', None)
            if name and get_source:
                try:
                    data = get_source(name)
                except (ImportError, IOError):
                    pass
                else:
                    if data is None:
                        return []
                    cache[filename] = (
                        len(data), None,
                        [line + '\n' for line in data.splitlines()], fullname)
                    return cache[filename][2]
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(fullname)
                break
            except os.error:
                pass
        else:
            return []
    try:
        lines = _read(fullname)
    except IOError:
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = st.st_size, st.st_mtime, lines, fullname
    return lines
