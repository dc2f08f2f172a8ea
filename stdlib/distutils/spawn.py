"""Running programs: spawn(cmd) and find_executable(name)."""

import os
import sys

from distutils.errors import DistutilsExecError


def find_executable(executable, path=None):
    """The path of `executable` found in the folders of `path` (PATH by
    default), or None. An existing file named as given wins."""
    if path is None:
        path = os.environ.get('PATH', os.defpath)
    if sys.platform == 'win32' and not executable.endswith('.exe'):
        executable += '.exe'
    if os.path.isfile(executable):
        return executable
    for folder in path.split(os.pathsep):
        candidate = os.path.join(folder, executable)
        if os.path.isfile(candidate):
            return candidate
    return None


def spawn(cmd, search_path=1, verbose=0, dry_run=0):
    """Runs the command (a list: program and arguments) and waits;
    DistutilsExecError when it cannot start or exits non-zero."""
    cmd = list(cmd)
    if dry_run:
        return
    program = cmd[0]
    if search_path:
        found = find_executable(program)
        if found is None:
            raise DistutilsExecError(
                "command %r failed: No such file or directory" % program)
        program = found
    try:
        status = os.spawnv(os.P_WAIT, program, cmd)
    except OSError as e:
        raise DistutilsExecError("command %r failed: %s" % (cmd[0], e.args[-1]))
    if status < 0:
        raise DistutilsExecError(
            "command %r terminated by signal %d" % (cmd[0], -status))
    if status != 0:
        raise DistutilsExecError(
            "command %r failed with exit status %d" % (cmd[0], status))
