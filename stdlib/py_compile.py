"""Byte-compiling source files, as far as minipy has byte code: its code
objects are not CPython's and are never written to disk, so compile()
checks the source (raising or reporting its syntax errors as 2.7 does)
and writes no .pyc file. A .pyc with CPython's header but minipy's body
would be taken by CPython 2.7 for its own and break imports there.
"""

import __builtin__
import imp
import os
import sys
import traceback

__all__ = ["compile", "main", "PyCompileError"]

MAGIC = imp.get_magic()


class PyCompileError(Exception):
    """A source file that does not compile; str() gives the report."""

    def __init__(self, exc_type, exc_value, file, msg=""):
        name = exc_type.__name__
        if exc_type is SyntaxError:
            detail = "".join(traceback.format_exception_only(exc_type, exc_value))
            errmsg = detail.replace('File "<string>"', 'File "%s"' % file)
        else:
            errmsg = "Sorry: %s: %s" % (name, exc_value)
        Exception.__init__(self, msg or errmsg, name, exc_value, file)
        self.exc_type_name = name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


def wr_long(f, x):
    """Writes x as four little-endian bytes (the .pyc header's fields)."""
    f.write("".join(chr((x >> shift) & 0xff) for shift in (0, 8, 16, 24)))


def compile(file, cfile=None, dfile=None, doraise=False):
    """Checks that file compiles. A syntax error raises PyCompileError
    when doraise is true, else is written to stderr. cfile is accepted
    for compatibility; no byte code is written (see the module doc)."""
    f = open(file, "U")
    try:
        source = f.read()
    finally:
        f.close()
    if source and not source.endswith("\n"):
        source += "\n"
    try:
        __builtin__.compile(source, dfile or file, "exec")
    except Exception, err:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if doraise:
            raise py_exc
        sys.stderr.write(py_exc.msg + "\n")
        return None
    return None


def main(args=None):
    """Checks each file named (or, for '-', each file named on stdin);
    exit status 1 if any fails."""
    if args is None:
        args = sys.argv[1:]
    rv = 0
    if args == ["-"]:
        while True:
            filename = sys.stdin.readline()
            if not filename:
                break
            filename = filename.rstrip("\n")
            try:
                compile(filename, doraise=True)
            except PyCompileError as error:
                rv = 1
                sys.stderr.write("%s\n" % error.msg)
            except IOError as error:
                rv = 1
                sys.stderr.write("%s\n" % error)
    else:
        for filename in args:
            try:
                compile(filename, doraise=True)
            except PyCompileError as error:
                rv = 1
                sys.stderr.write(error.msg)
    return rv


if __name__ == "__main__":
    sys.exit(main())
