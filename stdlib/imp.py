"""A small `imp`: reload, new_module, the module-kind constants and the
import lock functions (minipy's import lock is internal: these are no-ops)."""

import sys

SEARCH_ERROR, PY_SOURCE, PY_COMPILED, C_EXTENSION = 0, 1, 2, 3
PY_RESOURCE, PKG_DIRECTORY, C_BUILTIN, PY_FROZEN = 4, 5, 6, 7

reload = reload
_module_type = type(sys)


def new_module(name):
    return _module_type(name)


def get_suffixes():
    return [('.py', 'U', PY_SOURCE)]


def get_magic():
    return '\x03\xf3\r\n'


def is_builtin(name):
    return 1 if name in sys.builtin_module_names else 0


def is_frozen(name):
    return False


_lock_depth = [0]


def acquire_lock():
    _lock_depth[0] += 1


def release_lock():
    if not _lock_depth[0]:
        raise RuntimeError("not holding the import lock")
    _lock_depth[0] -= 1


def lock_held():
    return _lock_depth[0] > 0


def find_module(name, path=None):
    import os
    if path is None:
        if is_builtin(name):
            return None, name, ('', '', C_BUILTIN)
        path = sys.path
    for folder in path:
        base = os.path.join(folder or '.', name)
        if os.path.isfile(os.path.join(base, '__init__.py')):
            return None, base, ('', '', PKG_DIRECTORY)
        if os.path.isfile(base + '.py'):
            return open(base + '.py', 'U'), base + '.py', ('.py', 'U', PY_SOURCE)
    raise ImportError('No module named ' + name)


def load_source(name, pathname, file=None):
    module = sys.modules.get(name)
    if module is None:
        module = sys.modules[name] = new_module(name)
    module.__file__ = pathname
    if file is None:
        file = open(pathname, 'U')
    source = file.read()
    exec compile(source, pathname, 'exec') in module.__dict__
    return sys.modules[name]


def load_module(name, file, pathname, description):
    kind = description[2]
    if kind == PY_SOURCE:
        return load_source(name, pathname, file)
    if kind == PKG_DIRECTORY:
        import os
        module = sys.modules.get(name) or new_module(name)
        module.__path__ = [pathname]
        sys.modules[name] = module
        return load_source(name, os.path.join(pathname, '__init__.py'))
    if kind == C_BUILTIN:
        return __import__(name)
    raise ImportError("Don't know how to import %s (type code %d)" % (name, kind))
