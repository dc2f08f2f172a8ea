"""Windows path names (Python 2.7's ntpath), usable on any system: string
operations on drive letters, UNC shares and either slash, plus the file
system queries of genericpath."""

import os
import sys
import stat
import genericpath
import warnings
from genericpath import *

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "walk", "expanduser", "expandvars", "normpath",
           "abspath", "splitunc", "curdir", "pardir", "sep", "pathsep",
           "defpath", "altsep", "extsep", "devnull", "realpath",
           "supports_unicode_filenames", "relpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '\\'
pathsep = ';'
altsep = '/'
defpath = '.;C:\\bin'
devnull = 'nul'

_SLASHES = '\\/'


def normcase(s):
    """Lower case, with forward slashes turned backward."""
    return s.replace("/", "\\").lower()


def isabs(s):
    rest = splitdrive(s)[1]
    return rest != '' and rest[:1] in _SLASHES


def join(path, *paths):
    """Joins components; an absolute one restarts the path (keeping the
    drive), one on another drive replaces it all."""
    drive, rest = splitdrive(path)
    for p in paths:
        p_drive, p_rest = splitdrive(p)
        if p_rest and p_rest[0] in _SLASHES:
            if p_drive or not drive:
                drive = p_drive
            rest = p_rest
            continue
        if p_drive and p_drive != drive:
            if p_drive.lower() != drive.lower():
                drive, rest = p_drive, p_rest
                continue
            drive = p_drive          # the same drive, spelled differently
        if rest and rest[-1] not in _SLASHES:
            rest = rest + '\\'
        rest = rest + p_rest
    if rest and rest[0] not in _SLASHES and drive and drive[-1:] != ':':
        return drive + sep + rest    # a share needs a slash before a path
    return drive + rest


def splitdrive(p):
    """(drive or UNC share, rest); either may be empty."""
    if len(p) < 2:
        return p[:0], p
    norm = p.replace(altsep, sep)
    if norm[:2] == sep * 2 and norm[2:3] != sep:
        # \\machine\share\...
        host_end = norm.find(sep, 2)
        if host_end == -1:
            return p[:0], p
        share_end = norm.find(sep, host_end + 1)
        if share_end == host_end + 1:
            return p[:0], p
        if share_end == -1:
            share_end = len(p)
        return p[:share_end], p[share_end:]
    if norm[1] == ':':
        return p[:2], p[2:]
    return p[:0], p


def splitunc(p):
    """(\\\\machine\\share, rest) of a UNC path, else ('', p)."""
    if p[1:2] == ':':
        return '', p
    if p[:2] in ('//', '\\\\'):
        norm = p.replace('\\', '/')
        host_end = norm.find('/', 2)
        if host_end <= 2:
            return '', p
        share_end = norm.find('/', host_end + 1)
        if share_end == host_end + 1:
            return '', p
        if share_end == -1:
            share_end = len(p)
        return p[:share_end], p[share_end:]
    return '', p


def split(p):
    """(head, tail): tail is the last component, head the rest without its
    trailing slashes (unless it is only slashes)."""
    drive, p = splitdrive(p)
    i = len(p)
    while i and p[i - 1] not in _SLASHES:
        i -= 1
    head, tail = p[:i], p[i:]
    stripped = head.rstrip(_SLASHES)
    return drive + (stripped or head), tail


def splitext(p):
    return genericpath._splitext(p, sep, altsep, extsep)
splitext.__doc__ = genericpath._splitext.__doc__


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def islink(path):
    """Always False: there are no symbolic links to ask about."""
    return False

lexists = exists


def ismount(path):
    """True for a drive's or a share's root."""
    unc, rest = splitunc(path)
    if unc:
        return rest in ("", "/", "\\")
    rest = splitdrive(path)[1]
    return len(rest) == 1 and rest[0] in _SLASHES


def walk(top, func, arg):
    """Calls func(arg, dirname, names) for each directory under top."""
    warnings.warnpy3k("In 3.x, os.path.walk is removed in favor of os.walk.",
                      stacklevel=2)
    try:
        names = os.listdir(top)
    except os.error:
        return
    func(arg, top, names)
    for name in names:
        name = join(top, name)
        if isdir(name):
            walk(name, func, arg)


def expanduser(path):
    """~ and ~user expanded from HOME, USERPROFILE or HOMEDRIVE+HOMEPATH."""
    if path[:1] != '~':
        return path
    i, n = 1, len(path)
    while i < n and path[i] not in _SLASHES:
        i += 1
    env = os.environ
    if 'HOME' in env:
        home = env['HOME']
    elif 'USERPROFILE' in env:
        home = env['USERPROFILE']
    elif 'HOMEPATH' in env:
        home = join(env.get('HOMEDRIVE', ''), env['HOMEPATH'])
    else:
        return path
    if i != 1:
        home = join(dirname(home), path[1:i])
    return home + path[i:]


_VARCHARS = ('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
             '0123456789_-')


def expandvars(path):
    """$var, ${var} and %var% replaced by environment variables (unknown
    ones left as they are); $$ and %% stand for one character, and nothing
    inside single quotes is expanded."""
    if '$' not in path and '%' not in path:
        return path
    if isinstance(path, unicode):
        encoding = sys.getfilesystemencoding()

        def getenv(var):
            return os.environ[var.encode(encoding)].decode(encoding)
    else:
        def getenv(var):
            return os.environ[var]
    out = []
    i, n = 0, len(path)
    while i < n:
        c = path[i]
        if c == "'":
            end = path.find("'", i + 1)
            if end < 0:
                out.append(path[i:])
                break
            out.append(path[i:end + 1])
            i = end + 1
        elif c == '%':
            if path[i + 1:i + 2] == '%':
                out.append('%')
                i += 2
                continue
            end = path.find('%', i + 1)
            if end < 0:
                out.append(path[i:])
                break
            var = path[i + 1:end]
            try:
                out.append(getenv(var))
            except KeyError:
                out.append('%' + var + '%')
            i = end + 1
        elif c == '$':
            nxt = path[i + 1:i + 2]
            if nxt == '$':
                out.append('$')
                i += 2
            elif nxt == '{':
                end = path.find('}', i + 2)
                if end < 0:
                    out.append(path[i:])
                    break
                var = path[i + 2:end]
                try:
                    out.append(getenv(var))
                except KeyError:
                    out.append('${' + var + '}')
                i = end + 1
            else:
                j = i + 1
                while j < n and path[j] in _VARCHARS:
                    j += 1
                var = path[i + 1:j]
                try:
                    out.append(getenv(var))
                except KeyError:
                    out.append('$' + var)
                i = j
        else:
            out.append(c)
            i += 1
    return path[:0].join(out)


def normpath(path):
    """Backslashes only, no '.' components, '..' folded where it can be."""
    backslash, dot = (u'\\', u'.') if isinstance(path, unicode) else ('\\', '.')
    if path.startswith(('\\\\.\\', '\\\\?\\')):
        return path        # device and literal paths are left alone
    path = path.replace("/", "\\")
    prefix, path = splitdrive(path)
    if prefix == '':
        # No drive: leading backslashes are kept as they are.
        while path[:1] == "\\":
            prefix = prefix + backslash
            path = path[1:]
    elif path.startswith("\\"):
        prefix = prefix + backslash
        path = path.lstrip("\\")
    parts = []
    for comp in path.split("\\"):
        if comp in ('.', ''):
            continue
        if comp == '..':
            if parts and parts[-1] != '..':
                parts.pop()
                continue
            if not parts and prefix.endswith("\\"):
                continue       # nothing is above the root
        parts.append(comp)
    if not prefix and not parts:
        parts.append(dot)
    return prefix + backslash.join(parts)


def abspath(path):
    """normpath of path joined to the current directory when relative."""
    if not isabs(path):
        cwd = os.getcwdu() if isinstance(path, unicode) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)

realpath = abspath
supports_unicode_filenames = (hasattr(sys, "getwindowsversion") and
                              sys.getwindowsversion()[3] >= 2)


def _abspath_split(path):
    absolute = abspath(normpath(path))
    prefix, rest = splitunc(absolute)
    is_unc = bool(prefix)
    if not is_unc:
        prefix, rest = splitdrive(absolute)
    return is_unc, prefix, [x for x in rest.split(sep) if x]


def relpath(path, start=curdir):
    """path relative to start (both on one drive or share)."""
    if not path:
        raise ValueError("no path specified")
    start_unc, start_prefix, start_parts = _abspath_split(start)
    path_unc, path_prefix, path_parts = _abspath_split(path)
    if path_unc ^ start_unc:
        raise ValueError("Cannot mix UNC and non-UNC paths (%s and %s)"
                         % (path, start))
    if path_prefix.lower() != start_prefix.lower():
        if path_unc:
            raise ValueError("path is on UNC root %s, start on UNC root %s"
                             % (path_prefix, start_prefix))
        raise ValueError("path is on drive %s, start on drive %s"
                         % (path_prefix, start_prefix))
    common = 0
    for a, b in zip(start_parts, path_parts):
        if a.lower() != b.lower():
            break
        common += 1
    rel = [pardir] * (len(start_parts) - common) + path_parts[common:]
    if not rel:
        return curdir
    return join(*rel)
