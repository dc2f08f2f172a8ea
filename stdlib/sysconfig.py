"""Where things are installed and how this interpreter was configured,
with 2.7's API. minipy has no Makefile or pyconfig.h of its own: the
configuration variables are a small table of facts true of minipy."""

import os
import sys

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include',
                'scripts', 'data')

# Each scheme: a template per key, in terms of the variables of
# _scheme_vars (written {name}).
_POSIX_LIB = '{base}/lib/python{py_version_short}'
_INSTALL_SCHEMES = {
    'posix_prefix': {
        'stdlib': _POSIX_LIB,
        'platstdlib': '{platbase}/lib/python{py_version_short}',
        'purelib': _POSIX_LIB + '/site-packages',
        'platlib': '{platbase}/lib/python{py_version_short}/site-packages',
        'include': '{base}/include/python{py_version_short}',
        'platinclude': '{platbase}/include/python{py_version_short}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{base}/include/python',
        'platinclude': '{base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_user': {
        'stdlib': '{userbase}/lib/python{py_version_short}',
        'platstdlib': '{userbase}/lib/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'osx_framework_user': {
        'stdlib': '{userbase}/lib/python',
        'platstdlib': '{userbase}/lib/python',
        'purelib': '{userbase}/lib/python/site-packages',
        'platlib': '{userbase}/lib/python/site-packages',
        'include': '{userbase}/include',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'nt': {
        'stdlib': '{base}/Lib',
        'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{base}/Include',
        'platinclude': '{base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
    'nt_user': {
        'stdlib': '{userbase}/Python{py_version_nodot}',
        'platstdlib': '{userbase}/Python{py_version_nodot}',
        'purelib': '{userbase}/Python{py_version_nodot}/site-packages',
        'platlib': '{userbase}/Python{py_version_nodot}/site-packages',
        'include': '{userbase}/Python{py_version_nodot}/Include',
        'scripts': '{userbase}/Scripts',
        'data': '{userbase}',
    },
    'os2': {
        'stdlib': '{base}/Lib',
        'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{base}/Include',
        'platinclude': '{base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
    'os2_home': {
        'stdlib': '{userbase}/lib/python{py_version_short}',
        'platstdlib': '{userbase}/lib/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
}

_PY_VERSION = sys.version.split()[0]
_PY_VERSION_SHORT = '%d.%d' % sys.version_info[:2]
_PREFIX = os.path.normpath(getattr(sys, 'prefix', '/usr/local'))
_EXEC_PREFIX = os.path.normpath(getattr(sys, 'exec_prefix', _PREFIX))
_CONFIG_VARS = None
_USER_BASE = None


def _user_base():
    """~/.local, or PYTHONUSERBASE when set."""
    env = os.environ.get('PYTHONUSERBASE')
    if env:
        return env
    if os.name == 'nt':
        root = os.environ.get('APPDATA') or '~'
        return os.path.expanduser(os.path.join(root, 'Python'))
    return os.path.expanduser('~/.local')


def _fill(template, values):
    """Replaces each {name} of template by values[name]; an unknown name is
    looked up in the environment, and left as written when absent there."""
    out = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c == '{':
            end = template.find('}', i + 1)
            name = template[i + 1:end] if end > i else ''
            if end > i and name.replace('_', 'a').isalnum():
                if name in values:
                    out.append(str(values[name]))
                elif name in os.environ:
                    out.append(os.environ[name])
                else:
                    raise AttributeError('{%s}' % name)
                i = end + 1
                continue
        out.append(c)
        i += 1
    return ''.join(out)


def _subst_vars(s, local_vars):
    try:
        return _fill(s, local_vars)
    except KeyError as e:
        raise AttributeError('{%s}' % e)


def _extend_dict(target_dict, other_dict):
    for key, value in other_dict.items():
        if key not in target_dict:
            target_dict[key] = value


def _expand_vars(scheme, vars):
    res = {}
    if vars is None:
        vars = {}
    _extend_dict(vars, get_config_vars())
    for key, value in _INSTALL_SCHEMES[scheme].items():
        if os.name in ('posix', 'nt'):
            value = os.path.expanduser(value)
        res[key] = os.path.normpath(_subst_vars(value, vars))
    return res


def _get_default_scheme():
    if os.name == 'posix':
        return 'posix_prefix'
    return os.name


def is_python_build():
    """minipy is never run from a CPython build tree."""
    return False


def _base_config():
    """The variables a configure run would have produced, as far as they
    mean anything for minipy."""
    maxsize = sys.maxsize
    pointer = 8 if maxsize > 2 ** 32 else 4
    v = {
        'prefix': _PREFIX,
        'exec_prefix': _EXEC_PREFIX,
        'py_version': _PY_VERSION,
        'py_version_short': _PY_VERSION_SHORT,
        'py_version_nodot': _PY_VERSION_SHORT.replace('.', ''),
        'installed_base': _PREFIX,
        'base': _PREFIX,
        'installed_platbase': _EXEC_PREFIX,
        'platbase': _EXEC_PREFIX,
        'projectbase': os.path.dirname(os.path.abspath(
            sys.executable or '.')),
        'userbase': _user_base(),
        'abiflags': '',
        'SO': '.so',
        'EXE': '',
        'VERSION': _PY_VERSION_SHORT,
        'CC': 'cc',
        'CFLAGS': '',
        'LDFLAGS': '',
        'CCSHARED': '',
        'LDSHARED': 'cc -shared',
        'AR': 'ar',
        'ARFLAGS': 'rc',
        'OPT': '',
        'BASECFLAGS': '',
        'Py_DEBUG': 0,
        'Py_ENABLE_SHARED': 0,
        'Py_UNICODE_SIZE': 4,
        'WITH_THREAD': 1,
        'HAVE_GETENTROPY': 0,
        'SIZEOF_INT': 4,
        'SIZEOF_LONG': pointer,
        'SIZEOF_VOID_P': pointer,
        'SIZEOF_SIZE_T': pointer,
        'SIZEOF_DOUBLE': 8,
        'SIZEOF_FLOAT': 4,
        'SIZEOF_SHORT': 2,
        'SIZEOF_LONG_LONG': 8,
        'HOST_GNU_TYPE': '',
        'MACHDEP': sys.platform,
    }
    v['LIBDEST'] = _fill(_POSIX_LIB, v)
    v['BINLIBDEST'] = v['LIBDEST']
    v['INCLUDEPY'] = _fill('{base}/include/python{py_version_short}', v)
    v['LIBDIR'] = _PREFIX + '/lib'
    v['BINDIR'] = _PREFIX + '/bin'
    v['srcdir'] = v['projectbase']
    return v


def get_config_vars(*args):
    """All the configuration variables (a dict), or the values of the
    names given, in order (None for an unknown one)."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = _base_config()
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    return get_config_vars().get(name)


def get_scheme_names():
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    return _SCHEME_KEYS


def get_paths(scheme=None, vars=None, expand=True):
    """The installation paths of a scheme (the platform's by default)."""
    if scheme is None:
        scheme = _get_default_scheme()
    if expand:
        return _expand_vars(scheme, vars)
    return _INSTALL_SCHEMES[scheme]


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_python_version():
    return _PY_VERSION_SHORT


def get_config_h_filename():
    return os.path.join(get_config_var('INCLUDEPY'), 'pyconfig.h')


def _get_makefile_filename():
    return os.path.join(get_config_var('LIBDEST'), 'config', 'Makefile')


def get_makefile_filename():
    return _get_makefile_filename()


def parse_config_h(fp, vars=None):
    """Reads the #define and #undef lines of a pyconfig.h-style file into
    vars (a new dict by default): numbers as ints, undefs as 0."""
    if vars is None:
        vars = {}
    for line in fp:
        words = line.split()
        if len(words) >= 2 and words[0] == '#define':
            value = words[2] if len(words) > 2 else '1'
            try:
                value = int(value)
            except ValueError:
                pass
            vars[words[1]] = value
        elif len(words) >= 2 and words[0] == '/*' and words[1] == '#undef':
            if len(words) > 2:
                vars[words[2]] = 0
    return vars


def get_platform():
    """'linux-x86_64' and the like: the OS and the machine, as distutils
    names build directories."""
    if os.name == 'nt':
        version = sys.version.lower()
        if 'amd64' in version:
            return 'win-amd64'
        if 'itanium' in version:
            return 'win-ia64'
        return sys.platform
    if os.name != 'posix' or not hasattr(os, 'uname'):
        return sys.platform
    osname, host, release, version, machine = os.uname()
    osname = osname.lower().replace('/', '')
    machine = machine.replace(' ', '_').replace('/', '-')
    if osname.startswith('linux'):
        return '%s-%s' % (osname, machine)
    if osname.startswith('sunos') and release[:1] >= '5':
        osname = 'solaris'
        release = '%d.%s' % (int(release[0]) - 3, release[2:])
        bits = {2147483647: '32bit', 9223372036854775807: '64bit'}
        machine += '.' + bits.get(sys.maxint, '')
    elif osname.startswith('cygwin'):
        digits = ''
        for c in release:
            if not (c.isdigit() or c == '.'):
                break
            digits += c
        release = digits
    return '%s-%s-%s' % (osname, release, machine)


def _main():
    print 'Platform: "%s"' % get_platform()
    print 'Python version: "%s"' % get_python_version()
    print 'Current installation scheme: "%s"' % _get_default_scheme()
    print
    print 'Paths: '
    for name, value in sorted(get_paths().items()):
        print '\t%s = "%s"' % (name, value)
    print
    print 'Variables: '
    for name, value in sorted(get_config_vars().items()):
        print '\t%s = "%s"' % (name, value)


if __name__ == '__main__':
    _main()
