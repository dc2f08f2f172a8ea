"""Measure how long small pieces of code take to run.

Use from a program through Timer (or the timeit/repeat helpers), or from
the command line:

    minipy -m timeit [-n N] [-r N] [-s S] [-t] [-c] [-v] [-h] [--] [statement ...]

  -n/--number N  run the statement N times per measurement (default: the
                 smallest power of 10 taking at least 0.2 seconds)
  -r/--repeat N  take N measurements (default 3) and report the best one
  -s/--setup S   statement run once before each measurement (default 'pass');
                 may be given several times, one line each
  -t/--time      measure with time.time() (the default)
  -c/--clock     measure with time.clock()
  -v/--verbose   also print the raw measurements; twice for more digits
  -h/--help      show this text and exit
  --             the statement follows, even if it starts with '-'

Several statement arguments become several lines of one statement.
"""

import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 3

if sys.platform == "win32":
    default_timer = time.clock
else:
    default_timer = time.time

try:
    import gc as _gc
except ImportError:
    _gc = None

try:
    import itertools as _itertools
except ImportError:
    _itertools = None


def reindent(src, indent):
    """Indent every line after the first of src by indent spaces."""
    return src.replace("\n", "\n" + " " * indent)


def _build_source(stmt, setup_line, extra_param):
    # The timed loop is a generated function so that the statement runs with
    # fast locals, as it would inside a real function.
    lines = [
        "",
        "def inner(_it, _timer%s):" % extra_param,
        "    " + setup_line,
        "    _t0 = _timer()",
        "    for _i in _it:",
        "        " + stmt,
        "    _t1 = _timer()",
        "    return _t1 - _t0",
        "",
    ]
    return "\n".join(lines)


def _callable_inner(setup, func):
    def inner(_it, _timer, _func=func):
        setup()
        _t0 = _timer()
        for _i in _it:
            _func()
        _t1 = _timer()
        return _t1 - _t0
    return inner


class Timer:
    """Times a statement (a string or a callable) after a setup statement."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer):
        self.timer = timer
        ns = {}
        if isinstance(stmt, basestring):
            # Compile the pieces alone first, so that syntax errors point at
            # the user's code rather than at the template.
            if isinstance(setup, basestring):
                compile(setup, dummy_src_name, "exec")
                compile(setup + '\n' + stmt, dummy_src_name, "exec")
            else:
                compile(stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
            if isinstance(setup, basestring):
                src = _build_source(stmt, reindent(setup, 4), "")
            elif hasattr(setup, '__call__'):
                src = _build_source(stmt, "_setup()", ", _setup=_setup")
                ns['_setup'] = setup
            else:
                raise ValueError("setup is neither a string nor callable")
            self.src = src
            code = compile(src, dummy_src_name, "exec")
            exec code in globals(), ns
            self.inner = ns["inner"]
        elif hasattr(stmt, '__call__'):
            self.src = None
            if isinstance(setup, basestring):
                setup_src = setup

                def setup():
                    exec setup_src in globals(), ns
            elif not hasattr(setup, '__call__'):
                raise ValueError("setup is neither a string nor callable")
            self.inner = _callable_inner(setup, stmt)
        else:
            raise ValueError("stmt is neither a string nor callable")

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled."""
        if self.src is not None:
            try:
                import linecache
                linecache.cache[dummy_src_name] = (len(self.src), None,
                                                   self.src.split("\n"),
                                                   dummy_src_name)
            except ImportError:
                pass
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by number runs of the statement (setup run once)."""
        if _itertools is not None:
            it = _itertools.repeat(None, number)
        else:
            it = [None] * number
        gc_was_on = _gc is not None and _gc.isenabled()
        if gc_was_on:
            _gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if gc_was_on:
                _gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat results of timeit(number)."""
        results = []
        for _ in range(repeat):
            results.append(self.timeit(number))
        return results


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number):
    """Shortcut for Timer(stmt, setup, timer).timeit(number)."""
    return Timer(stmt, setup, timer).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number):
    """Shortcut for Timer(stmt, setup, timer).repeat(repeat, number)."""
    return Timer(stmt, setup, timer).repeat(repeat, number)


class _OptError(Exception):
    pass


_SHORT_WITH_ARG = "nsr"
_SHORT_FLAGS = "tcvh"
_LONG = ["number=", "setup=", "repeat=", "time", "clock", "verbose", "help"]


def _parse_command_line(args):
    # getopt-style parsing (short clusters, long prefixes, '--'), with
    # getopt's error wording, kept private to this module.
    opts = []
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        arg = args.pop(0)
        if arg == '--':
            break
        if arg.startswith('--'):
            body = arg[2:]
            if '=' in body:
                name, value = body.split('=', 1)
            else:
                name, value = body, None
            exact = [o for o in _LONG if o.rstrip('=') == name]
            matches = exact or [o for o in _LONG if o.startswith(name)]
            if not matches:
                raise _OptError('option --%s not recognized' % name)
            if len(matches) > 1:
                raise _OptError('option --%s not a unique prefix' % name)
            full = matches[0]
            if full.endswith('='):
                full = full[:-1]
                if value is None:
                    if not args:
                        raise _OptError('option --%s requires argument' % full)
                    value = args.pop(0)
            elif value is not None:
                raise _OptError('option --%s must not have an argument' % full)
            opts.append(('--' + full, value or ''))
            continue
        letters = arg[1:]
        while letters:
            ch, letters = letters[0], letters[1:]
            if ch in _SHORT_WITH_ARG:
                if not letters:
                    if not args:
                        raise _OptError('option -%s requires argument' % ch)
                    letters = args.pop(0)
                opts.append(('-' + ch, letters))
                letters = ''
            elif ch in _SHORT_FLAGS:
                opts.append(('-' + ch, ''))
            else:
                raise _OptError('option -%s not recognized' % ch)
    return opts, args


def _format_best(number, repeat, best, precision):
    usec = best * 1e6 / number
    if usec < 1000:
        return "%d loops, best of %d: %.*g usec per loop" % (
            number, repeat, precision, usec)
    msec = usec / 1000
    if msec < 1000:
        return "%d loops, best of %d: %.*g msec per loop" % (
            number, repeat, precision, msec)
    return "%d loops, best of %d: %.*g sec per loop" % (
        number, repeat, precision, msec / 1000)


def main(args=None, _wrap_timer=None):
    """Command-line entry point; returns an exit status (None for success)."""
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _parse_command_line(args)
    except _OptError, err:
        print err
        print "use -h/--help for command line help"
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0
    setup = []
    repeat = default_repeat
    verbose = 0
    precision = 3
    for o, a in opts:
        if o in ("-n", "--number"):
            number = int(a)
        elif o in ("-s", "--setup"):
            setup.append(a)
        elif o in ("-r", "--repeat"):
            repeat = max(int(a), 1)
        elif o in ("-t", "--time"):
            timer = time.time
        elif o in ("-c", "--clock"):
            timer = time.clock
        elif o in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        elif o in ("-h", "--help"):
            sys.stdout.write(__doc__)
            return 0
    setup = "\n".join(setup) or "pass"
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        # Grow the loop count by tens until one measurement takes 0.2 s.
        for exponent in range(1, 10):
            number = 10 ** exponent
            try:
                x = t.timeit(number)
            except:
                t.print_exc()
                return 1
            if verbose:
                print "%d loops -> %.*g secs" % (number, precision, x)
            if x >= 0.2:
                break
    try:
        results = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1
    if verbose:
        print "raw times:", " ".join(["%.*g" % (precision, x) for x in results])
    print _format_best(number, repeat, min(results), precision)
    return None


if __name__ == "__main__":
    sys.exit(main())
