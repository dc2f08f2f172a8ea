"""Functions to run when the interpreter exits normally (minipy's own).

register(func, *args, **kwargs) queues a call; at exit (after the main
script, sys.exit() or an uncaught exception, once non-daemon threads are
joined) the runner calls sys.exitfunc, which runs the queue last-in
first-out.
"""

import sys

_exithandlers = []


def _run_exitfuncs():
    """Runs and empties the queue, newest first. A failing handler is
    reported on stderr and the others still run; the last failure is then
    raised again."""
    last = None
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            last = sys.exc_info()
        except:
            import traceback
            sys.stderr.write('Error in atexit._run_exitfuncs:\n')
            traceback.print_exc()
            last = sys.exc_info()
    if last is not None:
        raise last[0], last[1], last[2]


def register(func, *targs, **kargs):
    """Queues func(*targs, **kargs) for exit; returns func (a decorator)."""
    _exithandlers.append((func, targs, kargs))
    return func


# A sys.exitfunc set before this import still runs, last.
if hasattr(sys, 'exitfunc') and sys.exitfunc is not _run_exitfuncs:
    register(sys.exitfunc)
sys.exitfunc = _run_exitfuncs
