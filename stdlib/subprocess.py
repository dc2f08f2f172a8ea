"""Running child processes, as Python 2.7's subprocess on POSIX.

Popen makes its pipes with os.pipe (the child closes the parent's ends), and the native
_subprocess.fork_exec forks and execs: in the child only descriptor moves,
chdir, closes and execve run, plus preexec_fn when given (the only Python
code run there, as in 2.7). A failure in the child comes back over a
close-on-exec error pipe and is raised in the parent: OSError with the
child's errno, or the exception preexec_fn raised (pickled, as 2.7).
communicate() feeds and drains the pipes on native threads with the GIL
released; wait() and poll() use os.waitpid. Popen objects dropped before
their child is reaped wait in _active until _cleanup() (run by each new
Popen) reaps them."""

import errno
import os
import signal
import sys
import types

import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "check_output",
           "CalledProcessError"]

mswindows = False
_has_poll = True     # kept for callers that switch it; unused here
_PIPE_BUF = 512

PIPE = -1
STDOUT = -2

try:
    MAXFD = os.sysconf("SC_OPEN_MAX")
except Exception:
    MAXFD = 256


class CalledProcessError(Exception):
    """Raised when a process run by check_call() or check_output() ends
    with a nonzero exit status: returncode, cmd and output (check_output's
    captured stdout, else None)."""

    def __init__(self, returncode, cmd, output=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output

    def __str__(self):
        return "Command '%s' returned non-zero exit status %d" % (
            self.cmd, self.returncode)


# Popen objects whose child had not been reaped when they were dropped.
_active = []


def _cleanup():
    for inst in _active[:]:
        res = inst._internal_poll(_deadstate=sys.maxint)
        if res is not None:
            try:
                _active.remove(inst)
            except ValueError:
                # another thread got there first
                pass


def _eintr_retry_call(func, *args):
    """func(*args), called again while it fails with EINTR."""
    while True:
        try:
            return func(*args)
        except (OSError, IOError) as e:
            if e.errno == errno.EINTR:
                continue
            raise


def _args_from_interpreter_flags():
    """The command-line flags that reproduce sys.flags and
    sys.warnoptions in a child interpreter."""
    settings = [('debug', 'd'), ('optimize', 'O'),
                ('dont_write_bytecode', 'B'), ('no_user_site', 's'),
                ('no_site', 'S'), ('ignore_environment', 'E'),
                ('verbose', 'v'), ('bytes_warning', 'b'),
                ('py3k_warning', '3')]
    args = []
    for name, letter in settings:
        value = getattr(sys.flags, name, 0)
        if value > 0:
            args.append('-' + letter * value)
    if getattr(sys.flags, 'hash_randomization', 0) != 0:
        args.append('-R')
    for opt in sys.warnoptions:
        args.append('-W' + opt)
    return args


def call(*popenargs, **kwargs):
    """Runs a command, waits for it and returns its returncode."""
    return Popen(*popenargs, **kwargs).wait()


def check_call(*popenargs, **kwargs):
    """Runs a command and waits; a nonzero returncode raises
    CalledProcessError, else 0 is returned."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, **kwargs):
    """Runs a command and returns its standard output; a nonzero
    returncode raises CalledProcessError (with the output)."""
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    process = Popen(stdout=PIPE, *popenargs, **kwargs)
    output, unused_err = process.communicate()
    retcode = process.poll()
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd, output=output)
    return output


def list2cmdline(seq):
    """A command line for seq quoted as the Microsoft C runtime reads it:
    arguments with spaces or tabs (or empty) in double quotes, a double
    quote escaped by a backslash, backslashes doubled only before one."""
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


def _exec_paths(executable, env):
    """Where the child looks for the program: the name itself when it has
    a folder part, else each folder of PATH (env's, else os.environ's)."""
    if os.path.dirname(executable):
        return [executable]
    if env is not None:
        path = env.get('PATH', os.defpath)
    else:
        path = os.environ.get('PATH', os.defpath)
    return [os.path.join(folder, executable) for folder in path.split(os.pathsep)]


def _env_list(env):
    """env as a list of 'NAME=value' strings (execve's checks: no NUL byte,
    no '=' in a name)."""
    out = []
    for key, value in env.items():
        if not isinstance(key, basestring) or '\0' in key:
            raise TypeError("execve() arg 3 contains a non-string key")
        if not isinstance(value, basestring) or '\0' in value:
            raise TypeError("execve() arg 3 contains a non-string value")
        if '=' in key:
            raise ValueError("illegal environment variable name")
        out.append('%s=%s' % (key, value))
    return out


def _check_strings(args, executable, cwd):
    """The TypeErrors 2.7's child would send back for NUL bytes."""
    def nul_free(what, func):
        if isinstance(what, basestring) and '\0' in what:
            raise TypeError("%s() argument 1 must be encoded string without "
                            "null bytes, not %s" % (func, type(what).__name__))
    if cwd is not None:
        nul_free(cwd, 'chdir')
    nul_free(executable, 'execv')
    for arg in args:
        if not isinstance(arg, basestring) or '\0' in arg:
            raise TypeError("execv() arg 2 must contain only strings")


def _preexec_runner(preexec_fn):
    """What the child calls: preexec_fn(); on an exception, the pickled
    exception (its child_traceback set) to send to the parent."""
    def run():
        try:
            preexec_fn()
        except:
            exc_type, exc_value, tb = sys.exc_info()
            import traceback
            lines = traceback.format_exception(exc_type, exc_value, tb)
            try:
                exc_value.child_traceback = ''.join(lines)
            except Exception:
                pass
            import pickle
            try:
                return pickle.dumps(exc_value)
            except Exception:
                return pickle.dumps(RuntimeError(
                    'Exception occurred in preexec_fn.'))
        return None
    return run


_STEPS = {'chdir': 'os.chdir(cwd)', 'exec': 'os.execvp(executable, args)',
          'setup': 'os.dup2(fd, target)'}


def _child_error(data, cwd):
    """The exception a child's error-pipe message stands for."""
    if data.startswith('OSError:'):
        parts = data.split(':')
        try:
            code = int(parts[1])
        except (IndexError, ValueError):
            code = errno.EIO
        step = parts[2] if len(parts) > 2 else 'exec'
        if step == 'chdir':
            exc = OSError(code, os.strerror(code), cwd)
        else:
            exc = OSError(code, os.strerror(code))
        exc.child_traceback = (
            'Traceback (most recent call last):\n'
            '  File "subprocess.py", in _execute_child (in the child)\n'
            '    %s\nOSError: [Errno %d] %s\n'
            % (_STEPS.get(step, step), code, os.strerror(code)))
        return exc
    if data.startswith('RuntimeError:'):
        return RuntimeError(data[len('RuntimeError:'):])
    import pickle
    return pickle.loads(data)


class Popen(object):
    """A child process: Popen(args, bufsize=0, executable=None, stdin=None,
    stdout=None, stderr=None, preexec_fn=None, close_fds=False, shell=False,
    cwd=None, env=None, universal_newlines=False, startupinfo=None,
    creationflags=0)."""

    _child_created = False

    def __init__(self, args, bufsize=0, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=False, shell=False,
                 cwd=None, env=None, universal_newlines=False,
                 startupinfo=None, creationflags=0):
        _cleanup()

        if not isinstance(bufsize, (int, long)):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows "
                             "platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows "
                             "platforms")

        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.universal_newlines = universal_newlines

        (p2cread, p2cwrite,
         c2pread, c2pwrite,
         errread, errwrite), to_close = self._get_handles(stdin, stdout, stderr)

        try:
            self._execute_child(args, executable, preexec_fn, close_fds,
                                cwd, env, universal_newlines,
                                startupinfo, creationflags, shell, to_close,
                                p2cread, p2cwrite,
                                c2pread, c2pwrite,
                                errread, errwrite)
        except Exception:
            # The parent's ends of the pipes would leak otherwise.
            exc_type, exc_value, exc_trace = sys.exc_info()
            for fd in to_close:
                try:
                    os.close(fd)
                except EnvironmentError:
                    pass
            raise exc_type, exc_value, exc_trace

        # stdin unbuffered (what a write does reaches the child at once);
        # the reading ends with a read-ahead buffer, as 2.7's file has.
        if p2cwrite is not None:
            self.stdin = os.fdopen(p2cwrite, 'wb', bufsize)
        mode = 'rU' if universal_newlines else 'rb'
        if c2pread is not None:
            self.stdout = _subprocess.pipe_file(c2pread, mode)
            os.close(c2pread)
        if errread is not None:
            self.stderr = _subprocess.pipe_file(errread, mode)
            os.close(errread)

    def _translate_newlines(self, data):
        return data.replace("\r\n", "\n").replace("\r", "\n")

    def __del__(self, _maxint=sys.maxint):
        if not self._child_created:
            # __init__ failed before the child started
            return
        # Reap it now if it has ended; else _cleanup will, later.
        self._internal_poll(_deadstate=_maxint)
        if self.returncode is None and _active is not None:
            _active.append(self)

    def _get_handles(self, stdin, stdout, stderr):
        """The six descriptors (p2cread, p2cwrite, c2pread, c2pwrite,
        errread, errwrite), None where unused, and the set of those this
        Popen made (closed again if starting the child fails)."""
        to_close = set()
        p2cread, p2cwrite = None, None
        c2pread, c2pwrite = None, None
        errread, errwrite = None, None

        if stdin is None:
            pass
        elif stdin == PIPE:
            p2cread, p2cwrite = self.pipe_cloexec()
            to_close.update((p2cread, p2cwrite))
        elif isinstance(stdin, (int, long)):
            p2cread = stdin
        else:
            p2cread = stdin.fileno()

        if stdout is None:
            pass
        elif stdout == PIPE:
            c2pread, c2pwrite = self.pipe_cloexec()
            to_close.update((c2pread, c2pwrite))
        elif isinstance(stdout, (int, long)):
            c2pwrite = stdout
        else:
            c2pwrite = stdout.fileno()

        if stderr is None:
            pass
        elif stderr == PIPE:
            errread, errwrite = self.pipe_cloexec()
            to_close.update((errread, errwrite))
        elif stderr == STDOUT:
            if c2pwrite is not None:
                errwrite = c2pwrite
            else:
                # stdout is inherited: stderr goes where it goes
                errwrite = sys.__stdout__.fileno()
        elif isinstance(stderr, (int, long)):
            errwrite = stderr
        else:
            errwrite = stderr.fileno()

        return (p2cread, p2cwrite, c2pread, c2pwrite,
                errread, errwrite), to_close

    def _set_cloexec_flag(self, fd, cloexec=True):
        try:
            import fcntl
        except ImportError:
            return
        cloexec_flag = getattr(fcntl, 'FD_CLOEXEC', 1)
        old = fcntl.fcntl(fd, fcntl.F_GETFD)
        if cloexec:
            fcntl.fcntl(fd, fcntl.F_SETFD, old | cloexec_flag)
        else:
            fcntl.fcntl(fd, fcntl.F_SETFD, old & ~cloexec_flag)

    def pipe_cloexec(self):
        """A pipe whose two ends are closed on exec (os.pipe's are
        inheritable, as in 2.7)."""
        r, w = os.pipe()
        self._set_cloexec_flag(r)
        self._set_cloexec_flag(w)
        return r, w

    def _close_fds(self, but):
        if hasattr(os, 'closerange'):
            os.closerange(3, but)
            os.closerange(but + 1, MAXFD)
        else:
            for i in xrange(3, MAXFD):
                if i != but:
                    try:
                        os.close(i)
                    except OSError:
                        pass

    def _execute_child(self, args, executable, preexec_fn, close_fds,
                       cwd, env, universal_newlines,
                       startupinfo, creationflags, shell, to_close,
                       p2cread, p2cwrite,
                       c2pread, c2pwrite,
                       errread, errwrite):
        """Starts the child (POSIX): fork, then exec in the child."""
        if isinstance(args, types.StringTypes):
            args = [args]
        else:
            args = list(args)

        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable

        if executable is None:
            executable = args[0]

        def close_in_parent(fd):
            os.close(fd)
            to_close.remove(fd)

        _check_strings(args, executable, cwd)
        envlist = None if env is None else _env_list(env)
        paths = _exec_paths(executable, env)
        runner = None if preexec_fn is None else _preexec_runner(preexec_fn)

        def fd(n):
            return -1 if n is None else n

        errpipe_read, errpipe_write = self.pipe_cloexec()
        try:
            try:
                self.pid = _subprocess.fork_exec(
                    args, paths, envlist, cwd,
                    (fd(p2cread), fd(c2pwrite), fd(errwrite)),
                    (fd(p2cwrite), fd(c2pread), fd(errread)),
                    errpipe_write, close_fds, runner)
                self._child_created = True
            finally:
                os.close(errpipe_write)

            # The child's ends are the child's now.
            if p2cread is not None and p2cwrite is not None:
                close_in_parent(p2cread)
            if c2pwrite is not None and c2pread is not None:
                close_in_parent(c2pwrite)
            if errwrite is not None and errread is not None:
                close_in_parent(errwrite)

            # Nothing before end-of-file: the exec worked.
            chunks = []
            while True:
                part = _eintr_retry_call(os.read, errpipe_read, 1048576)
                if not part:
                    break
                chunks.append(part)
            data = ''.join(chunks)
        finally:
            os.close(errpipe_read)

        if data:
            try:
                _eintr_retry_call(os.waitpid, self.pid, 0)
            except OSError as e:
                if e.errno != errno.ECHILD:
                    raise
            raise _child_error(data, cwd)

    def _handle_exitstatus(self, sts, _WIFSIGNALED=os.WIFSIGNALED,
                           _WTERMSIG=os.WTERMSIG, _WIFEXITED=os.WIFEXITED,
                           _WEXITSTATUS=os.WEXITSTATUS,
                           _WIFSTOPPED=os.WIFSTOPPED,
                           _WSTOPSIG=os.WSTOPSIG):
        # A signal gives minus its number; an exit, its code.
        if _WIFSIGNALED(sts):
            self.returncode = -_WTERMSIG(sts)
        elif _WIFEXITED(sts):
            self.returncode = _WEXITSTATUS(sts)
        elif _WIFSTOPPED(sts):
            self.returncode = -_WSTOPSIG(sts)
        else:
            raise RuntimeError("Unknown child exit status!")

    def _internal_poll(self, _deadstate=None, _waitpid=os.waitpid,
                       _WNOHANG=os.WNOHANG, _os_error=os.error,
                       _ECHILD=errno.ECHILD):
        """The returncode if the child has ended (reaping it), else None.
        Uses only its default arguments' globals: it may run from __del__
        while the interpreter shuts down."""
        if self.returncode is None:
            try:
                pid, sts = _waitpid(self.pid, _WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except _os_error as e:
                if _deadstate is not None:
                    self.returncode = _deadstate
                if e.errno == _ECHILD:
                    # Reaped elsewhere (or SIGCHLD ignored): its status is
                    # lost; 0 as 2.7 says.
                    self.returncode = 0
        return self.returncode

    def poll(self):
        """The returncode if the child has ended, else None."""
        return self._internal_poll()

    def wait(self):
        """Waits for the child to end; returns its returncode."""
        while self.returncode is None:
            try:
                pid, sts = _eintr_retry_call(os.waitpid, self.pid, 0)
            except OSError as e:
                if e.errno != errno.ECHILD:
                    raise
                # SIGCHLD ignored (or reaped elsewhere): no status to get.
                pid = self.pid
                sts = 0
            # A pid of 0 (a borrowed waitpid saw nothing yet): wait on.
            if pid == self.pid:
                self._handle_exitstatus(sts)
        return self.returncode

    def communicate(self, input=None):
        """Sends input to stdin (when it is a pipe), reads stdout and
        stderr (those that are pipes) to their end, waits for the child and
        returns (stdout data, stderr data)."""
        if self.stdin is None:
            input = None
        elif input is None:
            input = ''
        if isinstance(input, unicode):
            input = str(input)
        stdout, stderr = _subprocess.communicate(input, self.stdin,
                                                 self.stdout, self.stderr)
        for f in (self.stdin, self.stdout, self.stderr):
            if f is not None:
                f.close()
        # (2.7 tests hasattr(file, 'newlines'): true there, as here in
        # spirit; minipy's file type lacks the class attribute)
        if self.universal_newlines:
            if stdout is not None:
                stdout = self._translate_newlines(stdout)
            if stderr is not None:
                stderr = self._translate_newlines(stderr)
        self.wait()
        return (stdout, stderr)

    def send_signal(self, sig):
        """Sends signal sig to the child (ESRCH once it is reaped, as 2.7)."""
        os.kill(self.pid, sig)

    def terminate(self):
        """SIGTERM to the child."""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """SIGKILL to the child."""
        self.send_signal(signal.SIGKILL)
