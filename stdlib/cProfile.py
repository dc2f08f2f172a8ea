"""Deterministic profiling of Python programs (see pstats for the reports).

Counts calls and measures time per Python function with the interpreter's
native profiler hook (module _profiler); calls of built-in functions are not
recorded separately, their time counts towards their Python caller.
"""

import sys
import _profiler

__all__ = ["run", "runctx", "help", "Profile"]


def run(statement, filename=None, sort=-1):
    """Profile exec of statement in __main__; print or dump the stats."""
    prof = Profile()
    result = None
    try:
        try:
            prof = prof.run(statement)
        except SystemExit:
            pass
    finally:
        if filename is not None:
            prof.dump_stats(filename)
        else:
            result = prof.print_stats(sort)
    return result


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Profile exec of statement in the given namespaces."""
    prof = Profile()
    result = None
    try:
        try:
            prof = prof.runctx(statement, globals, locals)
        except SystemExit:
            pass
    finally:
        if filename is not None:
            prof.dump_stats(filename)
        else:
            result = prof.print_stats(sort)
    return result


def help():
    print "Documentation for the profile/cProfile modules can be found "
    print "in the Python Library Reference, section 'The Python Profiler'."


class Profile(object):
    """Collects per-function statistics between enable() and disable()."""

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self._collected = {}
        self._enabled = False
        self.stats = {}

    def enable(self, subcalls=True, builtins=True):
        _profiler.enable()
        self._enabled = True

    def disable(self):
        if not self._enabled:
            return
        self._enabled = False
        own = Profile.disable.im_func.func_code
        for (filename, line, name, ncalls, primcalls, tottime, cumtime) in _profiler.disable():
            key = (filename, line, name)
            if key == (own.co_filename, own.co_firstlineno, own.co_name):
                # This method itself; CPython's profiler lists its native
                # disable() under this name.
                key = ('~', 0, "<method 'disable' of '_lsprof.Profiler' objects>")
            old = self._collected.get(key)
            if old is not None:
                ncalls += old[0]
                primcalls += old[1]
                tottime += old[2]
                cumtime += old[3]
            self._collected[key] = (ncalls, primcalls, tottime, cumtime)

    def clear(self):
        self._collected = {}

    def getstats(self):
        return [(key, value) for key, value in sorted(self._collected.items())]

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        # pstats' layout: (primitive calls, calls, tottime, cumtime, callers)
        self.stats = {}
        for key, (ncalls, primcalls, tottime, cumtime) in self._collected.items():
            self.stats[key] = (primcalls, ncalls, tottime, cumtime, {})

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        self.create_stats()
        f = open(file, 'w')
        try:
            f.write(repr(self.stats))
        finally:
            f.close()

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec cmd in globals, locals
        finally:
            self.disable()
        return self

    def runcall(self, func, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()


def label(code):
    if isinstance(code, str):
        return ('~', 0, code)
    return (code.co_filename, code.co_firstlineno, code.co_name)


def main():
    import os
    from optparse import OptionParser
    usage = "cProfile.py [-o output_file_path] [-s sort] scriptfile [arg] ..."
    parser = OptionParser(usage=usage)
    parser.allow_interspersed_args = False
    parser.add_option('-o', '--outfile', dest="outfile",
                      help="Save stats to <outfile>", default=None)
    parser.add_option('-s', '--sort', dest="sort",
                      help="Sort order when printing to stdout, based on pstats.Stats class",
                      default=-1)
    if not sys.argv[1:]:
        parser.print_usage()
        sys.exit(2)
    (options, args) = parser.parse_args()
    sys.argv[:] = args
    if len(args) > 0:
        progname = args[0]
        sys.path.insert(0, os.path.dirname(progname))
        f = open(progname, 'rb')
        try:
            code = compile(f.read(), progname, 'exec')
        finally:
            f.close()
        globs = {'__file__': progname, '__name__': '__main__', '__package__': None}
        runctx(code, globs, None, options.outfile, options.sort)
    else:
        parser.print_usage()
    return parser


if __name__ == '__main__':
    main()
