# minipy's stand-in for test.script_helper: run the current interpreter in a
# child process and check its exit status.

import os
import sys


def _strip_refcount_note(stderr):
    # A debug build of CPython ends stderr with "[N refs]"; drop that line.
    lines = stderr.rstrip().split('\n')
    if lines and lines[-1].startswith('[') and lines[-1].endswith(' refs]'):
        lines.pop()
    return '\n'.join(lines)


def _run(want_success, *args, **env_vars):
    import subprocess
    command = [sys.executable]
    if not env_vars:
        command.append('-E')
    command.extend(args)
    env = dict(os.environ)
    env.update(env_vars)
    child = subprocess.Popen(command, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=env)
    out, err = child.communicate()
    status = child.returncode
    err = _strip_refcount_note(err)
    if bool(status) == bool(want_success):
        raise AssertionError('Process return code is %d, stderr follows:\n%s'
                             % (status, err))
    return status, out, err


def assert_python_ok(*args, **env_vars):
    """Run the interpreter with `args`; it must succeed.
    Returns (status, stdout, stderr)."""
    return _run(True, *args, **env_vars)


def assert_python_failure(*args, **env_vars):
    """Run the interpreter with `args`; it must fail.
    Returns (status, stdout, stderr)."""
    return _run(False, *args, **env_vars)
