"""Running child processes (minipy: the part of 2.7's subprocess that its
native engine _subprocess supports: Popen with communicate/wait/poll/kill,
call, check_call, check_output).  Piped streams are read in full by
communicate(); Popen.stdin/stdout/stderr are None."""

import _subprocess

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


def _mode(value, name):
    # 0 inherit, 1 pipe, 2 /dev/null, 3 stderr into stdout
    if value is None:
        return 0
    if value == PIPE:
        return 1
    if value == STDOUT and name == 'stderr':
        return 3
    raise ValueError('minipy: %s=%r is not supported (only None, PIPE%s)'
                     % (name, value, ', STDOUT' if name == 'stderr' else ''))


class Popen(object):
    def __init__(self, args, bufsize=0, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=False, shell=False,
                 cwd=None, env=None, universal_newlines=False, startupinfo=None,
                 creationflags=0):
        if not isinstance(bufsize, (int, long)):
            raise TypeError("bufsize must be an integer")
        if isinstance(args, basestring):
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ['/bin/sh', '-c'] + args
        if executable is not None:
            args[0] = executable
        envlist = None
        if env is not None:
            envlist = []
            for k, v in env.items():
                envlist.extend((k, v))
        self.args = args
        self.universal_newlines = universal_newlines
        self.stdin = self.stdout = self.stderr = None
        self._modes = (_mode(stdin, 'stdin'), _mode(stdout, 'stdout'), _mode(stderr, 'stderr'))
        self.returncode = None
        self.pid = _subprocess.spawn(args, cwd, envlist, *self._modes)
        self._done = False

    def communicate(self, input=None):
        """(stdout data, stderr data) of the piped streams (None for the
        others), after sending input and waiting for the child."""
        if self._done:
            return (None, None)
        if input is not None and self._modes[0] != 1:
            input = None
        out, err, code = _subprocess.communicate(self.pid, input)
        self._done = True
        self.returncode = code
        if self.universal_newlines:
            out, err = [s.replace('\r\n', '\n').replace('\r', '\n') if s is not None else s
                        for s in (out, err)]
        return (out, err)

    def wait(self):
        if self.returncode is None:
            self.returncode = _subprocess.wait(self.pid)
            self._done = True
        return self.returncode

    def poll(self):
        if self.returncode is None and not self._done:
            self.returncode = _subprocess.poll(self.pid)
        return self.returncode

    def kill(self):
        if self.returncode is None:
            _subprocess.kill(self.pid)

    terminate = kill

    def send_signal(self, sig):
        self.kill()


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
