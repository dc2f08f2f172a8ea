"""Line tracing, line counting (coverage), called-function and
caller/callee listings for Python programs, as a library (Trace,
CoverageResults) and from the command line (python -m trace).

    python -m trace --count --coverdir=out --missing prog.py
    python -m trace --trace prog.py
"""

import linecache
import os
import re
import sys
import time
import token
import tokenize

try:
    import cPickle as pickle
except ImportError:
    import pickle

try:
    import threading
except ImportError:
    threading = None

__all__ = ["Trace", "CoverageResults"]

PRAGMA_NOCOVER = "#pragma NO COVER"

# A line that holds nothing but blanks and maybe a comment.
_blank_line = re.compile(r"^\s*(#.*)?$")


def usage(outfile):
    outfile.write("""Usage: %s [OPTIONS] <file> [ARGS]

Meta-options:
--help                Display this help then exit.
--version             Output version information then exit.

Otherwise, exactly one of the following three options must be given:
-t, --trace           Print each line to sys.stdout before it is executed.
-c, --count           Count the number of times each line is executed
                      and write the counts to <module>.cover for each
                      module executed, in the module's directory.
                      See also `--coverdir', `--file', `--no-report' below.
-l, --listfuncs       Keep track of which functions are executed at least
                      once and write the results to sys.stdout after the
                      program exits.
-T, --trackcalls      Keep track of caller/called pairs and write the
                      results to sys.stdout after the program exits.
-r, --report          Generate a report from a counts file; do not execute
                      any code.  `--file' must specify the results file to
                      read, which must have been created in a previous run
                      with `--count --file=FILE'.

Modifiers:
-f, --file=<file>     File to accumulate counts over several runs.
-R, --no-report       Do not generate the coverage report files.
                      Useful if you want to accumulate over several runs.
-C, --coverdir=<dir>  Directory where the report files.  The coverage
                      report for <package>.<module> is written to file
                      <dir>/<package>/<module>.cover.
-m, --missing         Annotate executable lines that were not executed
                      with '>>>>>> '.
-s, --summary         Write a brief summary on stdout for each file.
                      (Can only be used with --count or --report.)
-g, --timing          Prefix each line with the time since the program started.
                      Only used while tracing.

Filters, may be repeated multiple times:
--ignore-module=<mod> Ignore the given module(s) and its submodules
                      (if it is a package).  Accepts comma separated
                      list of module names
--ignore-dir=<dir>    Ignore files in the given directory (multiple
                      directories can be joined by os.pathsep).
""" % sys.argv[0])


def _settrace(func):
    if threading is not None:
        threading.settrace(func)
    sys.settrace(func)


def _unsettrace():
    sys.settrace(None)
    if threading is not None:
        threading.settrace(None)


class Ignore:
    """Decides, once per module name, whether its code is left untraced."""

    def __init__(self, modules=None, dirs=None):
        self._mods = modules or []
        self._dirs = [os.path.normpath(d) for d in (dirs or [])]
        self._ignore = {"<string>": 1}

    def _decide(self, filename, modulename):
        for mod in self._mods:
            if modulename == mod or modulename.startswith(mod + "."):
                return 1
        if filename is None:
            # Built-in code has no file: never traced.
            return 1
        for d in self._dirs:
            if filename.startswith(d + os.sep):
                return 1
        return 0

    def names(self, filename, modulename):
        if modulename not in self._ignore:
            self._ignore[modulename] = self._decide(filename, modulename)
        return self._ignore[modulename]


def modname(path):
    """The module name of a file path: its base name without extension."""
    return os.path.splitext(os.path.basename(path))[0]


def fullmodname(path):
    """The dotted module name of a path, relative to the longest sys.path
    entry it lies under (the whole path when none)."""
    target = os.path.normcase(path)
    best = ""
    for entry in sys.path:
        entry = os.path.normcase(entry)
        if target.startswith(entry) and target[len(entry):len(entry) + 1] == os.sep:
            if len(entry) > len(best):
                best = entry
    rest = path[len(best) + 1:] if best else path
    rest = os.path.splitdrive(rest)[1].replace(os.sep, ".")
    if os.altsep:
        rest = rest.replace(os.altsep, ".")
    return os.path.splitext(rest)[0].lstrip(".")


class CoverageResults:
    """Line counts, called functions and caller pairs of one or more
    runs, with the report writer."""

    def __init__(self, counts=None, calledfuncs=None, infile=None, callers=None, outfile=None):
        self.counts = counts if counts is not None else {}
        self.counter = self.counts.copy()
        self.calledfuncs = calledfuncs if calledfuncs is not None else {}
        self.calledfuncs = self.calledfuncs.copy()
        self.callers = callers if callers is not None else {}
        self.callers = self.callers.copy()
        self.infile = infile
        self.outfile = outfile
        if self.infile:
            # Accumulate over earlier runs saved in infile.
            try:
                f = open(self.infile, "rb")
                try:
                    counts, calledfuncs, callers = pickle.load(f)
                finally:
                    f.close()
                self.update(self.__class__(counts, calledfuncs, callers=callers))
            except (IOError, EOFError, ValueError), err:
                print >> sys.stderr, "Skipping counts file %r: %s" % (self.infile, err)

    def update(self, other):
        """Adds the counts and listings of other to these."""
        for key, n in other.counts.iteritems():
            self.counts[key] = self.counts.get(key, 0) + n
        for key in other.calledfuncs:
            self.calledfuncs[key] = 1
        for key in other.callers:
            self.callers[key] = 1

    def _print_calls(self):
        print
        print "functions called:"
        for filename, modulename, funcname in sorted(self.calledfuncs):
            print "filename: %s, modulename: %s, funcname: %s" % (filename, modulename, funcname)

    def _print_callers(self):
        print
        print "calling relationships:"
        lastfile = lastcfile = ""
        for (pfile, pmod, pfunc), (cfile, cmod, cfunc) in sorted(self.callers):
            if pfile != lastfile:
                print
                print "***", pfile, "***"
                lastfile = pfile
                lastcfile = ""
            if cfile != pfile and lastcfile != cfile:
                print "  -->", cfile
                lastcfile = cfile
            print "    %s.%s -> %s.%s" % (pmod, pfunc, cmod, cfunc)

    def write_results(self, show_missing=True, summary=False, coverdir=None):
        if self.calledfuncs:
            self._print_calls()
        if self.callers:
            self._print_callers()

        by_file = {}
        for (filename, lineno), n in self.counts.iteritems():
            by_file.setdefault(filename, {})[lineno] = n

        sums = {}
        for filename, hits in by_file.iteritems():
            if filename == "<string>" or filename.startswith("<doctest "):
                continue
            if filename.endswith((".pyc", ".pyo")):
                filename = filename[:-1]
            if coverdir is None:
                where = os.path.dirname(os.path.abspath(filename))
                name = modname(filename)
            else:
                where = coverdir
                if not os.path.exists(where):
                    os.makedirs(where)
                name = fullmodname(filename)
            executable = find_executable_linenos(filename) if show_missing else {}
            source = linecache.getlines(filename)
            coverpath = os.path.join(where, name + ".cover")
            n_hits, n_lines = self.write_results_file(coverpath, source, executable, hits)
            if summary and n_lines:
                sums[name] = (n_lines, 100 * n_hits // n_lines, name, filename)

        if summary and sums:
            print "lines   cov%   module   (path)"
            for name in sorted(sums):
                print "%5d   %3d%%   %s   (%s)" % sums[name]

        if self.outfile:
            try:
                f = open(self.outfile, "wb")
                try:
                    pickle.dump((self.counts, self.calledfuncs, self.callers), f, 1)
                finally:
                    f.close()
            except IOError, err:
                print >> sys.stderr, "Can't save counts files because %s" % err

    def write_results_file(self, path, lines, lnotab, lines_hit):
        """Writes one annotated .cover file; returns (lines hit, lines
        that could have been hit)."""
        try:
            out = open(path, "w")
        except IOError, err:
            print >> sys.stderr, "trace: Could not open %r for writing: %s - skipping" % (path, err)
            return 0, 0
        n_lines = n_hits = 0
        try:
            for lineno, line in enumerate(lines, 1):
                if lineno in lines_hit:
                    prefix = "%5d: " % lines_hit[lineno]
                    n_hits += 1
                    n_lines += 1
                elif _blank_line.match(line):
                    prefix = "       "
                elif lineno in lnotab and PRAGMA_NOCOVER not in line:
                    prefix = ">>>>>> "
                    n_lines += 1
                else:
                    prefix = "       "
                out.write(prefix)
                out.write(line.expandtabs(8))
        finally:
            out.close()
        return n_hits, n_lines


# -- which lines can run ---------------------------------------------------

def find_lines_from_code(code, strs):
    """The line numbers where code's instructions start lines (a dict,
    used as a set), leaving out the lines of docstrings in strs."""
    found = {}
    for lineno in _code_lines(code):
        if lineno not in strs:
            found[lineno] = 1
    return found


def _code_lines(code):
    lnotab = getattr(code, "co_lnotab", None)
    if lnotab is None:
        return []
    # Pairs of (byte offset increment, line increment) after co_firstlineno.
    lines = []
    lineno = code.co_firstlineno
    last = None
    for i in range(0, len(lnotab) - 1, 2):
        addr_inc, line_inc = ord(lnotab[i]), ord(lnotab[i + 1])
        if addr_inc and lineno != last:
            lines.append(lineno)
            last = lineno
        lineno += line_inc
    if lineno != last:
        lines.append(lineno)
    return lines


def find_lines(code, strs):
    """The executable lines of code and of every code object nested in it."""
    found = find_lines_from_code(code, strs)
    for c in code.co_consts:
        if hasattr(c, "co_consts") and hasattr(c, "co_firstlineno"):
            found.update(find_lines(c, strs))
    return found


def find_strings(filename):
    """The lines of strings that stand alone as statements (docstrings
    and the like), as a dict used as a set."""
    found = {}
    prev = token.INDENT
    f = open(filename)
    try:
        for kind, text, start, end, line in tokenize.generate_tokens(f.readline):
            if kind == token.STRING and prev == token.INDENT:
                for i in range(start[0], end[0] + 1):
                    found[i] = 1
            prev = kind
    finally:
        f.close()
    return found


def _statement_lines(filename, strs):
    """Without co_lnotab: the first line of each logical line that holds a
    statement the compiler turns into instructions."""
    found = {}
    skip_words = ("else", "finally", "global", "pass")
    start = None
    words = []
    f = open(filename)
    try:
        for kind, text, (srow, scol), end, line in tokenize.generate_tokens(f.readline):
            if kind in (tokenize.COMMENT, tokenize.NL, token.INDENT, token.DEDENT):
                continue
            if kind in (token.NEWLINE, token.ENDMARKER):
                if start is not None and start not in strs and words and words[0] not in skip_words:
                    found[start] = 1
                start = None
                words = []
                continue
            if start is None:
                start = srow
            words.append(text)
            if kind == token.OP and text == ":" and words[0] in ("else", "try", "finally") and len(words) == 2:
                # A compound header alone: the body on the same line counts.
                if words[0] == "try":
                    found[start] = 1
                start = None
                words = []
    finally:
        f.close()
    return found


def find_executable_linenos(filename):
    """The executable lines of a source file, as a dict used as a set."""
    try:
        f = open(filename, "rU")
        try:
            source = f.read()
        finally:
            f.close()
    except IOError, err:
        print >> sys.stderr, ("Not printing coverage data for %r: %s" % (filename, err))
        return {}
    strs = find_strings(filename)
    code = compile(source, filename, "exec")
    if getattr(code, "co_lnotab", None) is None:
        return _statement_lines(filename, strs)
    return find_lines(code, strs)


# -- the tracer --------------------------------------------------------------

class Trace:
    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0, ignoremods=(),
                 ignoredirs=(), infile=None, outfile=None, timing=False):
        self.infile = infile
        self.outfile = outfile
        self.ignore = Ignore(ignoremods, ignoredirs)
        self.counts = {}
        self.blabbed = {}
        self.pathtobasename = {}
        self.donothing = 0
        self.trace = trace
        self._calledfuncs = {}
        self._callers = {}
        self._caller_cache = {}
        self.start_time = time.time() if timing else None
        if countcallers:
            self.globaltrace = self.globaltrace_trackcallers
        elif countfuncs:
            self.globaltrace = self.globaltrace_countfuncs
        elif trace or count:
            self.globaltrace = self.globaltrace_lt
            if trace and count:
                self.localtrace = self.localtrace_trace_and_count
            elif trace:
                self.localtrace = self.localtrace_trace
            else:
                self.localtrace = self.localtrace_count
        else:
            self.donothing = 1

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals=None, locals=None):
        if globals is None:
            globals = {}
        if locals is None:
            locals = {}
        if not self.donothing:
            _settrace(self.globaltrace)
        try:
            exec cmd in globals, locals
        finally:
            if not self.donothing:
                _unsettrace()

    def runfunc(self, func, *args, **kw):
        result = None
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            result = func(*args, **kw)
        finally:
            if not self.donothing:
                sys.settrace(None)
        return result

    def _class_of(self, code, module_globals):
        """The name of the class whose method runs code, looked for among
        the classes of the code's module (None for plain functions)."""
        for name, value in module_globals.items():
            namespace = getattr(value, "__dict__", None)
            if not isinstance(value, (type, _ClassType)) or namespace is None:
                continue
            for attr in namespace.values():
                if isinstance(attr, (staticmethod, classmethod)):
                    attr = attr.__func__
                if getattr(attr, "func_code", None) == code:
                    return value.__name__
        return None

    def file_module_function_of(self, frame):
        code = frame.f_code
        filename = code.co_filename
        modulename = modname(filename) if filename else None
        funcname = code.co_name
        if code not in self._caller_cache:
            self._caller_cache[code] = self._class_of(code, frame.f_globals)
        clsname = self._caller_cache[code]
        if clsname:
            funcname = "%s.%s" % (clsname, funcname)
        return filename, modulename, funcname

    def globaltrace_trackcallers(self, frame, why, arg):
        if why == "call":
            callee = self.file_module_function_of(frame)
            caller = self.file_module_function_of(frame.f_back)
            self._callers[(caller, callee)] = 1

    def globaltrace_countfuncs(self, frame, why, arg):
        if why == "call":
            self._calledfuncs[self.file_module_function_of(frame)] = 1

    def globaltrace_lt(self, frame, why, arg):
        if why != "call":
            return None
        filename = frame.f_globals.get("__file__", None)
        if not filename:
            return None
        modulename = modname(filename)
        if modulename is None or self.ignore.names(filename, modulename):
            return None
        if self.trace:
            print " --- modulename: %s, funcname: %s" % (modulename, frame.f_code.co_name)
        return self.localtrace

    def _count(self, frame):
        key = (frame.f_code.co_filename, frame.f_lineno)
        self.counts[key] = self.counts.get(key, 0) + 1

    def _show(self, frame):
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        if self.start_time:
            print "%.2f" % (time.time() - self.start_time),
        print "%s(%d): %s" % (os.path.basename(filename), lineno, linecache.getline(filename, lineno)),

    def localtrace_trace_and_count(self, frame, why, arg):
        if why == "line":
            self._count(frame)
            self._show(frame)
        return self.localtrace

    def localtrace_trace(self, frame, why, arg):
        if why == "line":
            self._show(frame)
        return self.localtrace

    def localtrace_count(self, frame, why, arg):
        if why == "line":
            self._count(frame)
        return self.localtrace

    def results(self):
        return CoverageResults(self.counts, infile=self.infile, outfile=self.outfile,
                               calledfuncs=self._calledfuncs, callers=self._callers)


class _Classic:
    pass


_ClassType = type(_Classic)


def _err_exit(msg):
    sys.stderr.write("%s: %s\n" % (sys.argv[0], msg))
    sys.exit(1)


def main(argv=None):
    import getopt

    if argv is None:
        argv = sys.argv
    try:
        opts, prog_argv = getopt.getopt(
            argv[1:], "tcrRf:d:msC:lTg",
            ["help", "version", "trace", "count", "report", "no-report", "summary", "file=",
             "missing", "ignore-module=", "ignore-dir=", "coverdir=", "listfuncs",
             "trackcalls", "timing"])
    except getopt.error, msg:
        sys.stderr.write("%s: %s\n" % (sys.argv[0], msg))
        sys.stderr.write("Try `%s --help' for more information\n" % sys.argv[0])
        sys.exit(1)

    trace = count = report = no_report = summary = missing = 0
    listfuncs = countcallers = timing = False
    counts_file = coverdir = None
    ignore_modules = []
    ignore_dirs = []

    for opt, val in opts:
        if opt == "--help":
            usage(sys.stdout)
            sys.exit(0)
        if opt == "--version":
            sys.stdout.write("trace 2.0\n")
            sys.exit(0)
        if opt in ("-T", "--trackcalls"):
            countcallers = True
        elif opt in ("-l", "--listfuncs"):
            listfuncs = True
        elif opt in ("-g", "--timing"):
            timing = True
        elif opt in ("-t", "--trace"):
            trace = 1
        elif opt in ("-c", "--count"):
            count = 1
        elif opt in ("-r", "--report"):
            report = 1
        elif opt in ("-R", "--no-report"):
            no_report = 1
        elif opt in ("-f", "--file"):
            counts_file = val
        elif opt in ("-m", "--missing"):
            missing = 1
        elif opt in ("-C", "--coverdir"):
            coverdir = val
        elif opt in ("-s", "--summary"):
            summary = 1
        elif opt == "--ignore-module":
            ignore_modules.extend(m.strip() for m in val.split(","))
        elif opt == "--ignore-dir":
            for d in val.split(os.pathsep):
                d = os.path.expandvars(d)
                # $prefix and $exec_prefix name the installation's library.
                d = d.replace("$prefix", os.path.join(sys.prefix, "lib", "python" + sys.version[:3]))
                d = d.replace("$exec_prefix", os.path.join(sys.exec_prefix, "lib", "python" + sys.version[:3]))
                ignore_dirs.append(os.path.normpath(d))

    if listfuncs and (count or trace):
        _err_exit("cannot specify both --listfuncs and (--trace or --count)")
    if not (count or trace or report or listfuncs or countcallers):
        _err_exit("must specify one of --trace, --count, --report, --listfuncs, or --trackcalls")
    if report and no_report:
        _err_exit("cannot specify both --report and --no-report")
    if report and not counts_file:
        _err_exit("--report requires a --file")
    if no_report and len(prog_argv) == 0:
        _err_exit("missing name of file to run")

    if report:
        results = CoverageResults(infile=counts_file, outfile=counts_file)
        results.write_results(missing, summary=summary, coverdir=coverdir)
        return

    if not prog_argv:
        _err_exit("missing name of file to run")
    sys.argv = prog_argv
    progname = prog_argv[0]
    sys.path[0] = os.path.split(progname)[0]
    t = Trace(count, trace, countfuncs=listfuncs, countcallers=countcallers,
              ignoremods=ignore_modules, ignoredirs=ignore_dirs, infile=counts_file,
              outfile=counts_file, timing=timing)
    try:
        f = open(progname)
        try:
            code = compile(f.read(), progname, "exec")
        finally:
            f.close()
        namespace = {"__file__": progname, "__name__": "__main__", "__package__": None}
        t.runctx(code, namespace, namespace)
    except IOError, err:
        _err_exit("Cannot run file %r because: %s" % (sys.argv[0], err))
    except SystemExit:
        pass
    results = t.results()
    if not no_report:
        results.write_results(missing, summary=summary, coverdir=coverdir)


if __name__ == "__main__":
    main()
