"""Facts about the platform: the OS (from os.uname), the machine, the
interpreter and the C library."""

import sys
import os

__version__ = '1.0.7'

_uname_cache = None


def uname():
    """(system, node, release, version, machine, processor)."""
    global _uname_cache
    if _uname_cache is None:
        try:
            system, node, release, version, machine = os.uname()
        except AttributeError:
            system = node = release = version = machine = ''
        _uname_cache = (system, node, release, version, machine, '')
    return _uname_cache


def system():
    return uname()[0]


def node():
    return uname()[1]


def release():
    return uname()[2]


def version():
    return uname()[3]


def machine():
    return uname()[4]


def processor():
    return uname()[5]


def python_implementation():
    return 'CPython'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple([str(n) for n in sys.version_info[:3]])


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('default', '')


def python_compiler():
    return 'rustc'


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the executable: ('64bit', 'ELF') and the like."""
    if not bits:
        bits = '%dbit' % (64 if sys.maxsize > 2 ** 32 else 32)
    if not linkage:
        try:
            f = open(executable, 'rb')
            try:
                magic = f.read(4)
            finally:
                f.close()
        except (IOError, OSError, TypeError):
            magic = ''
        if magic == '\x7fELF':
            linkage = 'ELF'
    return bits, linkage


def _version_key(text):
    parts = []
    for p in text.split('.'):
        parts.append(int(p) if p.isdigit() else 0)
    return parts


def libc_ver(executable=sys.executable, lib='', version='', chunksize=2048):
    """(library, version) of the C library the executable links against,
    found from the GLIBC_x.y symbol versions in it."""
    try:
        f = open(executable, 'rb')
    except (IOError, OSError, TypeError):
        return lib, version
    try:
        data = f.read()
    finally:
        f.close()
    pos = 0
    best = None
    while True:
        pos = data.find('GLIBC_', pos)
        if pos < 0:
            break
        end = pos + 6
        while end < len(data) and (data[end].isdigit() or data[end] == '.'):
            end += 1
        found = data[pos + 6:end].strip('.')
        pos = end
        if found and found[0].isdigit():
            if best is None or _version_key(found) > _version_key(best):
                best = found
    if best is not None:
        return 'glibc', best
    return lib, version


_supported_dists = ('SuSE', 'debian', 'fedora', 'redhat', 'centos',
                    'mandrake', 'mandriva', 'rocks', 'slackware',
                    'yellowdog', 'gentoo', 'UnitedLinux', 'turbolinux',
                    'Ubuntu')


def linux_distribution(distname='', version='', id='',
                       supported_dists=_supported_dists,
                       full_distribution_name=1):
    """(name, version, id) from the /etc/<name>-release or _version file."""
    try:
        names = sorted(os.listdir('/etc'))
    except os.error:
        return distname, version, id
    for name in names:
        for tail in ('-release', '_release', '-version', '_version'):
            if name.endswith(tail) and name[:-len(tail)] in supported_dists:
                break
        else:
            continue
        distname = name[:-len(tail)]
        try:
            f = open('/etc/' + name)
            try:
                first = f.readline()
            finally:
                f.close()
        except IOError:
            continue
        words = first.strip().split()
        if ' release ' in first:
            head, _, rest = first.strip().partition(' release ')
            if full_distribution_name:
                distname = head
            words = rest.split()
            version = words[0] if words else ''
            if '(' in rest and ')' in rest:
                id = rest[rest.index('(') + 1:rest.index(')')]
        elif words:
            version = words[0]
            if len(words) > 1:
                id = words[1]
        return distname, version, id
    return distname, version, id


def dist(distname='', version='', id='', supported_dists=_supported_dists):
    return linux_distribution(distname, version, id, supported_dists, 0)


def _joined(*parts):
    text = '-'.join([p.strip() for p in parts if p.strip()])
    for bad in (' ', '/', '\\', ':', ';', '"', '(', ')', '[', ']', '{', '}',
                '\''):
        text = text.replace(bad, '_' if bad == ' ' else '-')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def platform(aliased=0, terse=0):
    """A one-line description such as Linux-6.1.0-x86_64-with-debian-12.5."""
    sysname, nodename, rel, ver, mach, proc = uname()
    if mach == proc:
        proc = ''
    if sysname == 'Linux':
        name, dversion, did = dist('')
        if name and not terse:
            return _joined(sysname, rel, mach, proc, 'with', name, dversion,
                           did)
        libcname, libcversion = libc_ver(sys.executable)
        return _joined(sysname, rel, mach, proc, 'with',
                       libcname + libcversion)
    if terse:
        return _joined(sysname, rel)
    bits, linkage = architecture(sys.executable)
    return _joined(sysname, rel, mach, proc, bits, linkage)
