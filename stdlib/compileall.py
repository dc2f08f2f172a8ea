"""Compiling every Python source file of directories (or of sys.path).

As py_compile, this checks that each file compiles and reports syntax
errors; minipy writes no byte-code files (see py_compile's doc), so each
file is checked on every run and `force` changes nothing.

    python -m compileall [-l] [-f] [-q] [-d destdir] [-x regexp] [-i list] [dir|file ...]
"""

import os
import sys

import py_compile

__all__ = ["compile_dir", "compile_file", "compile_path"]


def compile_dir(dir, maxlevels=10, ddir=None, force=0, rx=None, quiet=0):
    """Checks the .py files of dir and, down to maxlevels, of its
    subdirectories; true when all compile."""
    if not quiet:
        print "Listing", dir, "..."
    try:
        names = sorted(os.listdir(dir))
    except os.error:
        print "Can't list", dir
        names = []
    success = 1
    for name in names:
        fullname = os.path.join(dir, name)
        dfile = os.path.join(ddir, name) if ddir is not None else None
        if not os.path.isdir(fullname):
            if not compile_file(fullname, ddir, force, rx, quiet):
                success = 0
        elif (maxlevels > 0 and name not in (os.curdir, os.pardir)
              and os.path.isdir(fullname) and not os.path.islink(fullname)):
            if not compile_dir(fullname, maxlevels - 1, dfile, force, rx, quiet):
                success = 0
    return success


def compile_file(fullname, ddir=None, force=0, rx=None, quiet=0):
    """Checks one file if it is a .py file (and rx, if given, does not
    match its path); true unless it fails to compile."""
    name = os.path.basename(fullname)
    dfile = os.path.join(ddir, name) if ddir is not None else None
    if rx is not None and rx.search(fullname):
        return 1
    if not (os.path.isfile(fullname) and name.endswith(".py")):
        return 1
    if not quiet:
        print "Compiling", fullname, "..."
    try:
        py_compile.compile(fullname, None, dfile, True)
    except py_compile.PyCompileError, err:
        if quiet:
            print "Compiling", fullname, "..."
        print err.msg
        return 0
    except IOError, e:
        print "Sorry", e
        return 0
    return 1


def compile_path(skip_curdir=1, maxlevels=0, force=0, quiet=0):
    """Checks every directory of sys.path (but the current one when
    skip_curdir); true when all compile."""
    success = 1
    for dir in sys.path:
        if (not dir or dir == os.curdir) and skip_curdir:
            print "Skipping current directory"
        else:
            success = success and compile_dir(dir, maxlevels, None, force, quiet=quiet)
    return success


def expand_args(args, flist):
    """The arguments, then the names listed in file flist ('-' for stdin)."""
    expanded = args[:]
    if flist:
        try:
            f = sys.stdin if flist == "-" else open(flist)
            expanded.extend(line.strip() for line in f)
        except IOError:
            print "Error reading file list %s" % flist
            return None
    return expanded


def main():
    import getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], "lfqd:x:i:")
    except getopt.error, msg:
        print msg
        print "usage: python compileall.py [-l] [-f] [-q] [-d destdir] " \
              "[-x regexp] [-i list] [directory|file ...]"
        sys.exit(2)
    maxlevels = 10
    ddir = None
    force = quiet = 0
    rx = None
    flist = None
    for o, a in opts:
        if o == "-l":
            maxlevels = 0
        if o == "-d":
            ddir = a
        if o == "-f":
            force = 1
        if o == "-q":
            quiet = 1
        if o == "-x":
            import re
            rx = re.compile(a)
        if o == "-i":
            flist = a
    if ddir and (len(args) != 1 or not os.path.isdir(args[0])):
        print "-d destdir requires exactly one directory argument"
        sys.exit(2)
    success = 1
    try:
        if args or flist:
            names = expand_args(args, flist)
            if names is None:
                return 0
            for name in names:
                if os.path.isdir(name):
                    ok = compile_dir(name, maxlevels, ddir, force, rx, quiet)
                else:
                    ok = compile_file(name, ddir, force, rx, quiet)
                success = success and ok
        else:
            success = compile_path()
    except KeyboardInterrupt:
        print "\n[interrupted]"
        success = 0
    return success


if __name__ == "__main__":
    sys.exit(int(not main()))
