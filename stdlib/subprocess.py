"""Running child processes, as Python 2.7's subprocess on POSIX.

The native engine _subprocess starts the child (std::process::Command: no
fork, so preexec_fn is not supported) and hands back the parent's ends of
its pipes as file objects: Popen.stdin/stdout/stderr are real streams.
communicate() feeds and drains them on native threads with the GIL
released; wait() waits with the GIL released too."""

import _subprocess
import os
import signal
import sys

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'check_output',
           'CalledProcessError']

PIPE = -1
STDOUT = -2

class CalledProcessError(Exception):
    """A child run by check_call or check_output exited with a nonzero code."""

    def __init__(self, returncode, cmd, output=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output

    def __str__(self):
        return "Command '%s' returned non-zero exit status %d" % (self.cmd, self.returncode)


def _stream(value, name):
    """What the engine is told for one stream argument."""
    if value is None or value == PIPE:
        return value
    if value == STDOUT:
        if name != 'stderr':
            raise ValueError('STDOUT is only valid for stderr')
        return value
    if isinstance(value, (int, long)):
        return value
    if isinstance(value, file):
        return value
    fileno = getattr(value, 'fileno', None)
    if fileno is None:
        raise AttributeError("'%s' object has no attribute 'fileno'"
                             % type(value).__name__)
    return fileno()


class Popen(object):
    """A child process: Popen(args, bufsize=0, executable=None, stdin=None,
    stdout=None, stderr=None, preexec_fn=None, close_fds=False, shell=False,
    cwd=None, env=None, universal_newlines=False, ...)."""

    def __init__(self, args, bufsize=0, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=False, shell=False,
                 cwd=None, env=None, universal_newlines=False, startupinfo=None,
                 creationflags=0):
        if not isinstance(bufsize, (int, long)):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows "
                             "platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows "
                             "platforms")
        if preexec_fn is not None:
            raise NotImplementedError("minipy: preexec_fn is not supported "
                                      "(children are not forked)")
        if isinstance(args, basestring):
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ['/bin/sh', '-c'] + args
            if executable:
                args[0] = executable
        elif executable is not None:
            args[0] = executable
        envlist = None
        if env is not None:
            envlist = []
            for k, v in env.items():
                envlist.extend((k, v))
        self.args = args
        self.universal_newlines = universal_newlines
        self.returncode = None
        # Python's own buffered output goes before the child's.
        for f in (sys.stdout, sys.stderr):
            try:
                f.flush()
            except Exception:
                pass
        (self.pid, self.stdin, self.stdout,
         self.stderr) = _subprocess.spawn(args, cwd, envlist,
                                          _stream(stdin, 'stdin'),
                                          _stream(stdout, 'stdout'),
                                          _stream(stderr, 'stderr'))

    def communicate(self, input=None):
        """Sends input (if stdin is a pipe), reads stdout and stderr (those
        that are pipes) to their end and waits; returns (stdout, stderr)."""
        if self.stdin is None:
            input = None
        elif input is None:
            input = ''
        if isinstance(input, unicode):
            input = str(input)
        out, err, self.returncode = _subprocess.communicate(
            self.pid, input, self.stdin, self.stdout, self.stderr)
        if self.universal_newlines:
            out, err = [s.replace('\r\n', '\n').replace('\r', '\n')
                        if s is not None else s for s in (out, err)]
        return (out, err)

    def wait(self):
        """Waits for the child to end; returns its returncode (minus the
        signal number when a signal ended it)."""
        if self.returncode is None:
            self.returncode = _subprocess.wait(self.pid)
        return self.returncode

    def poll(self):
        """The returncode if the child has ended, else None."""
        if self.returncode is None:
            self.returncode = _subprocess.poll(self.pid)
        return self.returncode

    def send_signal(self, sig):
        if self.returncode is None:
            _subprocess.send_signal(self.pid, sig)

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)


def list2cmdline(seq):
    """A command line for seq quoted as the Microsoft C runtime reads it."""
    result = []
    for arg in seq:
        if result:
            result.append(' ')
        quote = (" " in arg) or ("\t" in arg) or not arg
        if quote:
            result.append('"')
        slashes = 0
        for c in arg:
            if c == '\\':
                slashes += 1
            elif c == '"':
                result.append('\\' * (slashes * 2 + 1) + '"')
                slashes = 0
            else:
                if slashes:
                    result.append('\\' * slashes)
                    slashes = 0
                result.append(c)
        if slashes:
            result.append('\\' * (slashes * 2 if quote else slashes))
        if quote:
            result.append('"')
    return ''.join(result)


def call(*popenargs, **kwargs):
    return Popen(*popenargs, **kwargs).wait()


def check_call(*popenargs, **kwargs):
    code = call(*popenargs, **kwargs)
    if code:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(code, cmd)
    return 0


def check_output(*popenargs, **kwargs):
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    process = Popen(stdout=PIPE, *popenargs, **kwargs)
    output, unused_err = process.communicate()
    code = process.poll()
    if code:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(code, cmd, output=output)
    return output


def _cleanup():
    pass
