"""High-level file operations: copying files and trees, removing trees,
moving."""

import os
import sys
import fnmatch

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "ignore_patterns", "make_archive",
           "get_archive_formats", "register_archive_format",
           "unregister_archive_format"]


class Error(EnvironmentError):
    pass


class SpecialFileError(EnvironmentError):
    """Copying a special file such as a named pipe."""


class ExecError(EnvironmentError):
    """A command could not be run."""

try:
    WindowsError
except NameError:
    WindowsError = None


def _file_type(mode):
    return mode & 0170000


def _is_dir(mode):
    return _file_type(mode) == 0040000


def _is_fifo(mode):
    return _file_type(mode) == 0010000


def _permission_bits(mode):
    return mode & 07777


def copyfileobj(fsrc, fdst, length=16 * 1024):
    """Copies the data of one file object to another, in pieces."""
    while 1:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    if hasattr(os.path, 'samefile'):
        try:
            return os.path.samefile(src, dst)
        except OSError:
            return False
    return (os.path.normcase(os.path.abspath(src)) ==
            os.path.normcase(os.path.abspath(dst)))


def copyfile(src, dst):
    """Copies the contents of src to dst (no permissions or times)."""
    if _samefile(src, dst):
        raise Error("`%s` and `%s` are the same file" % (src, dst))
    for fn in [src, dst]:
        try:
            st = os.stat(fn)
        except OSError:
            pass
        else:
            if _is_fifo(st.st_mode):
                raise SpecialFileError("`%s` is a named pipe" % fn)
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)


def copymode(src, dst):
    """Copies the permission bits of src to dst."""
    if hasattr(os, 'chmod'):
        st = os.stat(src)
        os.chmod(dst, _permission_bits(st.st_mode))


def copystat(src, dst):
    """Copies the permission bits and the access and modification times."""
    st = os.stat(src)
    mode = _permission_bits(st.st_mode)
    if hasattr(os, 'utime'):
        os.utime(dst, (st.st_atime, st.st_mtime))
    if hasattr(os, 'chmod'):
        os.chmod(dst, mode)


def copy(src, dst):
    """Copies data and permission bits; dst may be a directory."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copymode(src, dst)


def copy2(src, dst):
    """Copies data, permission bits and times; dst may be a directory."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copystat(src, dst)


def ignore_patterns(*patterns):
    """An `ignore` function for copytree that skips glob-style patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None):
    """Copies a directory tree with copy2; dst must not exist. Errors are
    gathered and raised together as Error([(src, dst, why), ...])."""
    names = os.listdir(src)
    if ignore is not None:
        ignored_names = ignore(src, names)
    else:
        ignored_names = set()
    os.makedirs(dst)
    errors = []
    for name in names:
        if name in ignored_names:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if symlinks and os.path.islink(srcname):
                os.symlink(os.readlink(srcname), dstname)
            elif os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore)
            else:
                copy2(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except EnvironmentError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        if WindowsError is None or not isinstance(why, WindowsError):
            errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)


def rmtree(path, ignore_errors=False, onerror=None):
    """Deletes a directory tree. Errors are ignored (ignore_errors), passed
    to onerror(function, path, exc_info), or raised."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    names = []
    try:
        names = os.listdir(path)
    except os.error:
        onerror(os.listdir, path, sys.exc_info())
    for name in names:
        fullname = os.path.join(path, name)
        try:
            mode = os.lstat(fullname).st_mode
        except os.error:
            mode = 0
        if _is_dir(mode):
            rmtree(fullname, ignore_errors, onerror)
        else:
            try:
                os.remove(fullname)
            except os.error:
                onerror(os.remove, fullname, sys.exc_info())
    try:
        os.rmdir(path)
    except os.error:
        onerror(os.rmdir, path, sys.exc_info())


def _basename(path):
    return os.path.basename(path.rstrip(os.path.sep))


def move(src, dst):
    """Moves a file or directory (renaming when possible, else copying
    then deleting). A directory dst receives src inside it."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            linkto = os.readlink(src)
            os.symlink(linkto, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'."
                            % (src, dst))
            copytree(src, real_dst, symlinks=True)
            rmtree(src)
        else:
            copy2(src, real_dst)
            os.unlink(src)


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def _owner_ids(owner, group):
    """uid and gid for names (None when not given or unknown)."""
    uid = gid = None
    try:
        import pwd
        import grp
    except ImportError:
        return uid, gid
    if owner is not None:
        try:
            uid = pwd.getpwnam(owner)[2]
        except KeyError:
            pass
    if group is not None:
        try:
            gid = grp.getgrnam(group)[2]
        except KeyError:
            pass
    return uid, gid


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0,
                  dry_run=0, owner=None, group=None, logger=None):
    """base_name.tar (.gz, .bz2) holding base_dir; returns its name."""
    suffixes = {'gzip': '.gz', 'bzip2': '.bz2', None: ''}
    modes = {'gzip': 'gz', 'bzip2': 'bz2', None: ''}
    if compress not in suffixes:
        raise ValueError("bad value for 'compress': must be None, 'gzip' "
                         "or 'bzip2'")
    archive_name = base_name + '.tar' + suffixes[compress]
    folder = os.path.dirname(archive_name)
    if folder and not os.path.exists(folder):
        if logger is not None:
            logger.info("creating %s", folder)
        if not dry_run:
            os.makedirs(folder)
    if logger is not None:
        logger.info('Creating tar archive')
    uid, gid = _owner_ids(owner, group)

    def set_owner(info):
        if gid is not None:
            info.gid = gid
            info.gname = group
        if uid is not None:
            info.uid = uid
            info.uname = owner
        return info

    if not dry_run:
        import tarfile
        tar = tarfile.open(archive_name, 'w|%s' % modes[compress])
        try:
            tar.add(base_dir, filter=set_owner)
        finally:
            tar.close()
    return archive_name


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None):
    """base_name.zip holding base_dir (deflated); returns its name."""
    import zipfile
    zip_filename = base_name + ".zip"
    folder = os.path.dirname(base_name)
    if folder and not os.path.exists(folder):
        if logger is not None:
            logger.info("creating %s", folder)
        if not dry_run:
            os.makedirs(folder)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it",
                    zip_filename, base_dir)
    if dry_run:
        return zip_filename
    archive = zipfile.ZipFile(zip_filename, "w",
                              compression=zipfile.ZIP_DEFLATED)
    try:
        top = os.path.normpath(base_dir)
        if top != os.curdir:
            archive.write(top, top)
        for dirpath, dirnames, filenames in os.walk(base_dir):
            for name in sorted(dirnames):
                path = os.path.normpath(os.path.join(dirpath, name))
                archive.write(path, path)
            for name in filenames:
                path = os.path.normpath(os.path.join(dirpath, name))
                if os.path.isfile(path):
                    archive.write(path, path)
    finally:
        archive.close()
    return zip_filename


_ARCHIVE_FORMATS = {
    'gztar': (_make_tarball, [('compress', 'gzip')], "gzip'ed tar-file"),
    'bztar': (_make_tarball, [('compress', 'bzip2')], "bzip2'ed tar-file"),
    'tar': (_make_tarball, [('compress', None)], "uncompressed tar file"),
    'zip': (_make_zipfile, [], "ZIP file"),
}


def get_archive_formats():
    """[(name, description)] of the registered formats, by name."""
    return sorted((name, entry[2]) for name, entry in
                  _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    """Adds a format: function(base_name, base_dir, **kwargs) makes the
    archive; extra_args are (name, value) pairs always passed."""
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for item in extra_args:
        if not isinstance(item, (tuple, list)) or len(item) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Makes an archive of base_dir (the current folder by default), run
    from root_dir; returns the archive's name."""
    try:
        func, extra, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format)
    here = os.getcwd()
    if root_dir is not None:
        if logger is not None:
            logger.debug("changing into '%s'", root_dir)
        base_name = os.path.abspath(base_name)
        if not dry_run:
            os.chdir(root_dir)
    if base_dir is None:
        base_dir = os.curdir
    kwargs = {'dry_run': dry_run, 'logger': logger}
    kwargs.update(extra)
    if format != 'zip':
        kwargs['owner'] = owner
        kwargs['group'] = group
    try:
        return func(base_name, base_dir, **kwargs)
    finally:
        if root_dir is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", here)
            os.chdir(here)
