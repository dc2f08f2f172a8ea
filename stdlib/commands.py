"""Run shell commands and capture their output (Python 2.7's commands)."""

__all__ = ["getstatusoutput", "getoutput", "getstatus"]


def getstatus(file):
    """The output of 'ls -ld file' (deprecated in 2.7)."""
    import warnings
    warnings.warn("commands.getstatus() is deprecated", DeprecationWarning, 2)
    return getoutput('ls -ld' + mkarg(file))


def getoutput(cmd):
    """What cmd writes to stdout and stderr, without a final newline."""
    return getstatusoutput(cmd)[1]


def getstatusoutput(cmd):
    """(exit status as os.wait gives it, output) of cmd run by the shell."""
    import os
    pipe = os.popen('{ ' + cmd + '; } 2>&1', 'r')
    text = pipe.read()
    status = pipe.close()
    if status is None:
        status = 0
    if text[-1:] == '\n':
        text = text[:-1]
    return status, text


def mk2arg(head, x):
    import os
    return mkarg(os.path.join(head, x))


def mkarg(x):
    """x quoted for the shell, with a leading space."""
    if '\'' not in x:
        return ' \'' + x + '\''
    s = ' "'
    for c in x:
        if c in '\\$"`':
            s = s + '\\'
        s = s + c
    return s + '"'
