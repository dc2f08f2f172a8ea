"""Start-up of minipy (imported unless -S): the interactive helpers.

Puts exit, quit, help, copyright, credits and license in __builtin__, as
CPython's site module does. minipy has no site-packages to add to sys.path.
"""

import sys
import __builtin__


class Quitter(object):
    """exit / quit: shows how to leave when looked at, leaves when called."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Use %s() or Ctrl-D (i.e. EOF) to exit' % self.name

    def __call__(self, code=None):
        raise SystemExit(code)


class _Printer(object):
    """copyright / credits / license: text shown by repr() or by a call."""

    def __init__(self, name, text, hint=None):
        self.__name = name
        self.__text = text
        self.__hint = hint

    def __repr__(self):
        if self.__hint is not None:
            return self.__hint
        return self.__text

    def __call__(self):
        print self.__text


class _Helper(object):
    """help: the interactive help (see pydoc)."""

    def __repr__(self):
        return ('Type help() for interactive help, '
                'or help(object) for help about object.')

    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)


_COPYRIGHT = (
    "minipy: a Python 2.7 interpreter written in Rust.\n"
    "The Python language and its documentation are Copyright (c) 2001-2020\n"
    "Python Software Foundation. All Rights Reserved.")

_CREDITS = (
    "    Python was created by Guido van Rossum and is developed by its\n"
    "    community; minipy re-implements Python 2.7 for studying threads and\n"
    "    the GIL. See www.python.org for more about Python.")

_LICENSE = (
    "minipy's own code is free software. Python itself is distributed under\n"
    "the Python Software Foundation License; see\n"
    "https://docs.python.org/2.7/license.html for its full text.")


def setquit():
    __builtin__.quit = Quitter('quit')
    __builtin__.exit = Quitter('exit')


def setcopyright():
    __builtin__.copyright = _Printer('copyright', _COPYRIGHT)
    __builtin__.credits = _Printer('credits', _CREDITS)
    __builtin__.license = _Printer('license', _LICENSE,
                                   'Type license() to see the full license text')


def sethelper():
    __builtin__.help = _Helper()


def main():
    setquit()
    setcopyright()
    sethelper()
    if not hasattr(sys, 'copyright'):
        sys.copyright = _COPYRIGHT


main()
