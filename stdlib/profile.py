"""The profile module: the same deterministic profiler as cProfile (minipy
has one native hook for both), with profile's module-level API."""

import sys
import cProfile as _cprofile

__all__ = ["run", "runctx", "help", "Profile"]


class Profile(_cprofile.Profile):
    """Profiler object; bias and calibrate() exist for compatibility."""

    bias = 0

    def __init__(self, timer=None, bias=None):
        _cprofile.Profile.__init__(self)
        if bias is not None:
            self.bias = bias

    def calibrate(self, m, verbose=0):
        return 0.0

    def set_cmd(self, cmd):
        self.cmd = cmd


def run(statement, filename=None, sort=-1):
    """Profile exec of statement in __main__; print or dump the stats."""
    prof = Profile()
    try:
        prof = prof.run(statement)
    except SystemExit:
        pass
    if filename is not None:
        prof.dump_stats(filename)
    else:
        return prof.print_stats(sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Profile exec of statement in the given namespaces."""
    prof = Profile()
    try:
        prof = prof.runctx(statement, globals, locals)
    except SystemExit:
        pass
    if filename is not None:
        prof.dump_stats(filename)
    else:
        return prof.print_stats(sort)


help = _cprofile.help


def main():
    return _cprofile.main()


if __name__ == '__main__':
    main()
