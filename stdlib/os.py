"""Operating-system services: the native `posix` module plus the parts of
os that are easier to write in Python (walk, removedirs, renames, ...)."""

import sys
from posix import *
from posix import _exit
import posix as _posix
import posixpath as path

name = 'posix'
error = OSError
linesep = '\n'
altsep = None
defpath = ':/bin:/usr/bin'


EX_USAGE = 64
EX_DATAERR = 65
EX_NOINPUT = 66
EX_NOUSER = 67
EX_NOHOST = 68
EX_UNAVAILABLE = 69
EX_SOFTWARE = 70
EX_OSERR = 71
EX_OSFILE = 72
EX_CANTCREAT = 73
EX_IOERR = 74
EX_TEMPFAIL = 75
EX_PROTOCOL = 76
EX_NOPERM = 77
EX_CONFIG = 78
WNOHANG = 1
WUNTRACED = 2
WCONTINUED = 8


# Decoding a wait status (os.system's result).
def WIFEXITED(status):
    return (status & 0x7f) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    signal = status & 0x7f
    return signal != 0 and signal != 0x7f


def WTERMSIG(status):
    return status & 0x7f


def WCOREDUMP(status):
    return bool(status & 0x80)


def WIFSTOPPED(status):
    return (status & 0xff) == 0x7f


def WSTOPSIG(status):
    return (status >> 8) & 0xff


def WIFCONTINUED(status):
    return status == 0xffff


P_WAIT = 0
P_NOWAIT = P_NOWAITO = 1


def _run_path(file, args, env):
    """execvp's search: file as given when it holds a slash, else each
    directory of PATH (from env, or this process's) in turn; the error of
    the most telling failure is raised when none runs."""
    if env is None:
        env = environ
        run = lambda path: execv(path, args)
    else:
        run = lambda path: execve(path, args, env)
    if path.dirname(file):
        run(file)
        return
    first = None
    for folder in env.get('PATH', defpath).split(pathsep):
        try:
            run(path.join(folder, file))
        except OSError as e:
            # ENOENT and ENOTDIR only say "not here": keep looking, and
            # prefer any other error for the report.
            if e.errno not in (2, 20) and first is None:
                first = e
            last = e
    if first is not None:
        raise first
    raise last


def execvp(file, args):
    _run_path(file, args, None)


def execvpe(file, args, env):
    _run_path(file, args, env)


def execl(file, *args):
    execv(file, args)


def execle(file, *args):
    execve(file, args[:-1], args[-1])


def execlp(file, *args):
    execvp(file, args)


def execlpe(file, *args):
    execvpe(file, args[:-1], args[-1])


def _spawn(mode, file, args, env, search):
    pid = fork()
    if pid == 0:
        try:
            if search:
                _run_path(file, args, env)
            elif env is None:
                execv(file, args)
            else:
                execve(file, args, env)
        except:
            _exit(127)
    if mode == P_NOWAIT:
        return pid
    while True:
        got, status = waitpid(pid, 0)
        if WIFSTOPPED(status):
            continue
        if WIFSIGNALED(status):
            return -WTERMSIG(status)
        return WEXITSTATUS(status)


def spawnv(mode, file, args):
    return _spawn(mode, file, args, None, False)


def spawnve(mode, file, args, env):
    return _spawn(mode, file, args, env, False)


def spawnvp(mode, file, args):
    return _spawn(mode, file, args, None, True)


def spawnvpe(mode, file, args, env):
    return _spawn(mode, file, args, env, True)


def spawnl(mode, file, *args):
    return spawnv(mode, file, args)


def spawnle(mode, file, *args):
    return spawnve(mode, file, args[:-1], args[-1])


def spawnlp(mode, file, *args):
    return spawnvp(mode, file, args)


def spawnlpe(mode, file, *args):
    return spawnvpe(mode, file, args[:-1], args[-1])


def getlogin():
    for name in ('LOGNAME', 'USER'):
        if name in environ:
            return environ[name]
    raise OSError(25, 'Inappropriate ioctl for device')


def tmpfile():
    import tempfile
    return tempfile.TemporaryFile()


class _Environ(dict):
    """os.environ: a dict whose changes reach the process environment
    (and so child processes)."""

    def __setitem__(self, key, item):
        putenv(key, item)
        dict.__setitem__(self, key, item)

    def __delitem__(self, key):
        unsetenv(key)
        dict.__delitem__(self, key)

    def pop(self, key, *default):
        if key in self:
            unsetenv(key)
        return dict.pop(self, key, *default)

    def clear(self):
        for key in list(self):
            unsetenv(key)
        dict.clear(self)

    def update(self, other=(), **kwargs):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def copy(self):
        return dict(self)

environ = _Environ(environ)


def getenv(key, default=None):
    """environ[key], or default when it is not set."""
    return environ.get(key, default)


def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        names = listdir(top)
    except error as err:
        if onerror is not None:
            onerror(err)
        return
    subdirs = []
    files = []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            subdirs.append(entry)
        else:
            files.append(entry)
    if topdown:
        yield top, subdirs, files
    for entry in subdirs:
        full = path.join(top, entry)
        if followlinks or not path.islink(full):
            for triple in walk(full, topdown, onerror, followlinks):
                yield triple
    if not topdown:
        yield top, subdirs, files


def makedirs(name, mode=0777):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode)
        except OSError as e:
            if e.errno != 17:
                raise
        if tail == curdir:
            return
    mkdir(name, mode)


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except error:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except error:
            pass


def closerange(fd_low, fd_high):
    """Closes every descriptor from fd_low up to (not including) fd_high,
    ignoring errors."""
    for fd in xrange(fd_low, fd_high):
        try:
            close(fd)
        except error:
            pass


def _commonprefix(m):
    if not m:
        return ''
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def _expandvars(text):
    """$name and ${name} replaced by their value in os.environ; unknown
    names are left alone. A unicode text looks names up (and decodes the
    values) in the file system encoding, and takes any alphanumeric
    character as part of a name."""
    if '$' not in text:
        return text
    uni = isinstance(text, unicode)
    enc = sys.getfilesystemencoding() or 'ascii'
    out = []
    i = 0
    n = len(text)
    word = ('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
            '0123456789_')
    while i < n:
        c = text[i]
        if c == '$':
            if text[i + 1:i + 2] == '{':
                close = text.find('}', i + 2)
                if close < 0:
                    out.append(c)
                    i += 1
                    continue
                name = text[i + 2:close]
                end = close + 1
            else:
                end = i + 1
                while end < n and (text[end] in word or
                                   (uni and text[end].isalnum())):
                    end += 1
                name = text[i + 1:end]
            key = name.encode(enc) if uni else name
            if name and key in environ:
                value = environ[key]
                out.append(value.decode(enc) if uni else value)
            else:
                out.append(text[i:end] if name else c)
            i = end if name else i + 1
            continue
        out.append(c)
        i += 1
    return text[:0].join(out)


def _path_split(p):
    """(head, tail): tail is what follows the last slash; head loses its
    trailing slashes unless it is nothing but slashes."""
    cut = p.rfind('/') + 1
    head, tail = p[:cut], p[cut:]
    if head and head.strip('/'):
        head = head.rstrip('/')
    return head, tail


def _path_dirname(p):
    return _path_split(p)[0]


def _path_normpath(p):
    """Collapses separators and up-level references; keeps exactly two
    leading slashes (POSIX lets them mean something else), else one."""
    slash, dot = (u'/', u'.') if isinstance(p, unicode) else ('/', '.')
    if p == '':
        return dot
    lead = 0
    if p.startswith('/'):
        lead = 2 if p.startswith('//') and not p.startswith('///') else 1
    parts = []
    for part in p.split('/'):
        if part in ('', '.'):
            continue
        if part != '..' or (not lead and not parts) or (parts and parts[-1] == '..'):
            parts.append(part)
        elif parts:
            parts.pop()
    p = slash.join(parts)
    if lead:
        p = slash * lead + p
    return p or dot


def _path_abspath(p):
    if not p.startswith('/'):
        cwd = getcwdu() if isinstance(p, unicode) else getcwd()
        p = path.join(cwd, p)
    return path.normpath(p)


def _path_relpath(p, start=curdir):
    """p relative to start (the current directory by default)."""
    if not p:
        raise ValueError("no path specified")
    here = [x for x in path.abspath(start).split('/') if x]
    there = [x for x in path.abspath(p).split('/') if x]
    common = 0
    for a, b in zip(here, there):
        if a != b:
            break
        common += 1
    parts = [pardir] * (len(here) - common) + there[common:]
    if not parts:
        return curdir
    return path.join(*parts)


def _path_realpath(filename):
    """The canonical path: symbolic links resolved (a loop is left as the
    unresolved rest of the path)."""
    got, ok = _resolve('', filename, {})
    return path.abspath(got)


def _resolve(done, rest, seen):
    # `seen` maps each link met to its resolution (None while it is being
    # resolved: meeting it again then is a loop).
    if rest.startswith('/'):
        rest = rest[1:]
        done = '/' if not isinstance(rest, unicode) else u'/'
    while rest:
        name, _, rest = rest.partition('/')
        if not name or name == curdir:
            continue
        if name == pardir:
            if done:
                done, tail = _path_split(done)
                if tail == pardir:
                    done = path.join(done, pardir, pardir)
            else:
                done = pardir
            continue
        candidate = path.join(done, name)
        if not path.islink(candidate):
            done = candidate
            continue
        if candidate in seen:
            done = seen[candidate]
            if done is not None:
                continue
            # A loop: give back the rest unresolved.
            return path.join(candidate, rest), False
        seen[candidate] = None
        done, ok = _resolve(done, readlink(candidate), seen)
        if not ok:
            return path.join(done, rest), False
        seen[candidate] = done
    return done, True


def _path_expanduser(p):
    """~ and ~user at the start replaced by a home directory: $HOME, else
    the password database; unchanged when neither knows it."""
    if not p.startswith('~'):
        return p
    cut = p.find('/', 1)
    if cut < 0:
        cut = len(p)
    if cut == 1:
        if 'HOME' in environ:
            home = environ['HOME']
        else:
            import pwd
            try:
                home = pwd.getpwuid(getuid()).pw_dir
            except KeyError:
                return p
    else:
        import pwd
        try:
            home = pwd.getpwnam(p[1:cut]).pw_dir
        except KeyError:
            return p
    home = home.rstrip('/')
    return (home + p[cut:]) or '/'


def _path_ismount(p):
    """True for a mount point: on another device than its parent, or the
    same directory as its parent."""
    if path.islink(p):
        return False
    try:
        st = lstat(p)
        up = lstat(path.realpath(path.join(p, pardir)))
    except error:
        return False
    return st.st_dev != up.st_dev or st.st_ino == up.st_ino


def _path_walk(top, func, arg):
    try:
        names = listdir(top)
    except error:
        return
    func(arg, top, names)
    for entry in names:
        full = path.join(top, entry)
        if path.isdir(full) and not path.islink(full):
            _path_walk(full, func, arg)


path.altsep = None
path.extsep = extsep
path.pathsep = pathsep
path.defpath = defpath
path.devnull = devnull
path.supports_unicode_filenames = False
def _samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def _sameopenfile(fp1, fp2):
    return _samestat(fstat(fp1), fstat(fp2))

path.samestat = _samestat
path.sameopenfile = _sameopenfile
path.commonprefix = _commonprefix
path.expandvars = _expandvars
path.split = _path_split
path.dirname = _path_dirname
path.normpath = _path_normpath
path.abspath = _path_abspath
path.relpath = _path_relpath
path.realpath = _path_realpath
path.expanduser = _path_expanduser
path.ismount = _path_ismount
path.walk = _path_walk
path.os = sys.modules[__name__]
sys.modules['os.path'] = path


class _PopenFile(object):
    """The file os.popen returns: the child's stdout (or stdin, mode 'w');
    close() waits and gives None for a zero exit, else the wait status."""

    def __init__(self, cmd, mode, proc, stream):
        self.name = cmd
        self.mode = mode
        self._proc = proc
        self._stream = stream

    def close(self):
        self._stream.close()
        code = self._proc.wait()
        if code == 0:
            return None
        return code << 8 if code > 0 else -code

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return "<open file '%s', mode '%s' at %s>" % (self.name, self.mode,
                                                     hex(id(self)))


def popen(cmd, mode='r', bufsize=-1):
    """Runs cmd in a shell; a file reading its output (mode 'r') or
    writing its input (mode 'w')."""
    import subprocess
    if not isinstance(cmd, basestring):
        raise TypeError("popen() argument 1 must be string, not %s"
                        % type(cmd).__name__)
    if mode[:1] not in ('r', 'w'):
        raise OSError(22, 'Invalid argument')
    if mode.startswith('r'):
        proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
        return _PopenFile(cmd, mode, proc, proc.stdout)
    proc = subprocess.Popen(cmd, shell=True, stdin=subprocess.PIPE)
    return _PopenFile(cmd, mode, proc, proc.stdin)
