"""Iterate over the lines of several files (or stdin) as one stream
(Python 2.7's fileinput module).

    import fileinput
    for line in fileinput.input():
        process(line)

FileInput does the work; input() makes one the module's current instance,
and filename(), lineno(), filelineno(), isfirstline(), isstdin(),
nextfile() and close() ask that instance. With inplace=1 each file is moved
to a backup and standard output is sent to a new file of the old name while
its lines are read."""

import os
import sys

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno",
           "fileno", "isfirstline", "isstdin", "FileInput", "hook_compressed",
           "hook_encoded"]

_state = None

DEFAULT_BUFSIZE = 8 * 1024


def input(files=None, inplace=0, backup="", bufsize=0, mode="r", openhook=None):
    """Make a FileInput the module's current one and return it."""
    global _state
    if _state and _state._file:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, bufsize, mode, openhook)
    return _state


def _current():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def close():
    global _state
    state = _state
    _state = None
    if state:
        state.close()


def nextfile():
    return _current().nextfile()


def filename():
    return _current().filename()


def lineno():
    return _current().lineno()


def filelineno():
    return _current().filelineno()


def fileno():
    return _current().fileno()


def isfirstline():
    return _current().isfirstline()


def isstdin():
    return _current().isstdin()


class FileInput:
    """The lines of files (a name or a sequence; '-' is stdin; by default
    sys.argv[1:], or stdin when that is empty), read one at a time."""

    def __init__(self, files=None, inplace=0, backup="", bufsize=0,
                 mode="r", openhook=None):
        if isinstance(files, basestring):
            files = (files,)
        else:
            if files is None:
                files = sys.argv[1:]
            files = tuple(files) if files else ('-',)
        self._files = files
        self._inplace = inplace
        self._backup = backup
        self._savestdout = None
        self._output = None
        self._filename = None
        self._startlineno = 0
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = None
        if mode not in ('r', 'rU', 'U', 'rb'):
            raise ValueError("FileInput opening mode must be one of "
                             "'r', 'rU', 'U' and 'rb'")
        self._mode = mode
        if inplace and openhook:
            raise ValueError("FileInput cannot use an opening hook in inplace mode")
        if openhook and not hasattr(openhook, '__call__'):
            raise ValueError("FileInput openhook must be callable")
        self._openhook = openhook

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __iter__(self):
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __getitem__(self, i):
        if i != self.lineno():
            raise RuntimeError("accessing lines out of order")
        try:
            return self.next()
        except StopIteration:
            raise IndexError("end of input reached")

    def readline(self):
        """The next line ('' once every file is done)."""
        while True:
            if self._file is None:
                if not self._open_next():
                    return ""
            line = self._file.readline()
            if line:
                self._filelineno += 1
                return line
            self.nextfile()

    def nextfile(self):
        """Finish the current file: restore stdout, close what was opened,
        drop the backup unless one was asked for."""
        savestdout = self._savestdout
        self._savestdout = 0
        if savestdout:
            sys.stdout = savestdout
        output = self._output
        self._output = 0
        try:
            if output:
                output.close()
        finally:
            current = self._file
            self._file = None
            try:
                if current and not self._isstdin:
                    current.close()
            finally:
                backupfilename = self._backupfilename
                self._backupfilename = 0
                if backupfilename and not self._backup:
                    try:
                        os.unlink(backupfilename)
                    except OSError:
                        pass
                self._isstdin = False

    def _open_next(self):
        if not self._files:
            return False
        self._filename = self._files[0]
        self._files = self._files[1:]
        self._startlineno = self.lineno()
        self._filelineno = 0
        self._isstdin = False
        self._backupfilename = 0
        if self._filename == '-':
            self._filename = '<stdin>'
            self._file = sys.stdin
            self._isstdin = True
        elif self._inplace:
            self._backupfilename = self._filename + (self._backup or os.extsep + "bak")
            try:
                os.unlink(self._backupfilename)
            except OSError:
                pass
            os.rename(self._filename, self._backupfilename)
            self._file = open(self._backupfilename, self._mode)
            try:
                perm = os.stat(self._backupfilename).st_mode & 07777
            except OSError:
                self._output = open(self._filename, "w")
            else:
                fd = os.open(self._filename, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, perm)
                self._output = os.fdopen(fd, "w")
                try:
                    os.chmod(self._filename, perm)
                except (OSError, AttributeError):
                    pass
            self._savestdout = sys.stdout
            sys.stdout = self._output
        elif self._openhook:
            self._file = self._openhook(self._filename, self._mode)
        else:
            self._file = open(self._filename, self._mode)
        return True

    def filename(self):
        return self._filename

    def lineno(self):
        return self._startlineno + self._filelineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if not self._file:
            return -1
        try:
            return self._file.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin


def hook_compressed(filename, mode):
    """An openhook that reads .gz and .bz2 files through their modules."""
    ext = os.path.splitext(filename)[1]
    if ext == '.gz':
        import gzip
        return gzip.open(filename, mode)
    if ext == '.bz2':
        import bz2
        return bz2.BZ2File(filename, mode)
    return open(filename, mode)


def hook_encoded(encoding):
    """An openhook decoding files from encoding (newlines kept as they are)."""
    def openhook(filename, mode):
        import io
        mode = mode.replace('U', '').replace('b', '') or 'r'
        return io.open(filename, mode, encoding=encoding, newline='')
    return openhook


def _test():
    import getopt
    inplace = 0
    backup = 0
    opts, args = getopt.getopt(sys.argv[1:], "ib:")
    for o, a in opts:
        if o == '-i':
            inplace = 1
        if o == '-b':
            backup = a
    for line in input(args, inplace=inplace, backup=backup):
        if line[-1:] == '\n':
            line = line[:-1]
        if line[-1:] == '\r':
            line = line[:-1]
        print "%d: %s[%d]%s %s" % (lineno(), filename(), filelineno(),
                                   isfirstline() and "*" or "", line)
    print "%d: %s[%d]" % (lineno(), filename(), filelineno())


if __name__ == '__main__':
    _test()
