"""A generic debugger base: breakpoints, stepping and the trace-function
plumbing that pdb (and other debuggers) build their user interface on.

Subclasses override the user_* hooks (user_call, user_line, user_return,
user_exception) and call one of the set_* methods to say how to go on.
"""

import fnmatch
import os
import sys
import types

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]


class BdbQuit(Exception):
    """Raised to leave the debugged code when the user quits."""


class Bdb:
    """The debugger core; see the module docstring."""

    def __init__(self, skip=None):
        self.skip = set(skip) if skip else None
        self.breaks = {}
        self.fncache = {}
        self.frame_returning = None

    def canonic(self, filename):
        # "<string>"-like names are kept as they are.
        if filename[:1] == "<" and filename[-1:] == ">":
            return filename
        known = self.fncache.get(filename)
        if known is None:
            known = os.path.normcase(os.path.abspath(filename))
            self.fncache[filename] = known
        return known

    def reset(self):
        import linecache
        linecache.checkcache()
        self.botframe = None
        self._set_stopinfo(None, None)

    # -- the trace function ------------------------------------------------

    def trace_dispatch(self, frame, event, arg):
        if self.quitting:
            return None
        handler = {
            "line": self._on_line,
            "call": self._on_call,
            "return": self._on_return,
            "exception": self._on_exception,
        }.get(event)
        if handler is not None:
            return handler(frame, arg)
        if event not in ("c_call", "c_exception", "c_return"):
            print "bdb.Bdb.dispatch: unknown debugging event:", repr(event)
        return self.trace_dispatch

    def _on_line(self, frame, arg):
        return self.dispatch_line(frame)

    def _on_call(self, frame, arg):
        return self.dispatch_call(frame, arg)

    def _on_return(self, frame, arg):
        return self.dispatch_return(frame, arg)

    def _on_exception(self, frame, arg):
        return self.dispatch_exception(frame, arg)

    def _check_quit(self):
        if self.quitting:
            raise BdbQuit

    def dispatch_line(self, frame):
        if self.stop_here(frame) or self.break_here(frame):
            self.user_line(frame)
            self._check_quit()
        return self.trace_dispatch

    def dispatch_call(self, frame, arg):
        if self.botframe is None:
            # The first call seen: its caller is the bottom of the stack.
            self.botframe = frame.f_back
            return self.trace_dispatch
        if not (self.stop_here(frame) or self.break_anywhere(frame)):
            return None
        self.user_call(frame, arg)
        self._check_quit()
        return self.trace_dispatch

    def dispatch_return(self, frame, arg):
        if self.stop_here(frame) or frame is self.returnframe:
            self.frame_returning = frame
            try:
                self.user_return(frame, arg)
            finally:
                self.frame_returning = None
            self._check_quit()
        return self.trace_dispatch

    def dispatch_exception(self, frame, arg):
        if self.stop_here(frame):
            self.user_exception(frame, arg)
            self._check_quit()
        return self.trace_dispatch

    # -- deciding where to stop -------------------------------------------

    def is_skipped_module(self, module_name):
        for pattern in self.skip:
            if fnmatch.fnmatch(module_name, pattern):
                return True
        return False

    def stop_here(self, frame):
        if self.skip and self.is_skipped_module(frame.f_globals.get("__name__")):
            return False
        if frame is self.stopframe:
            if self.stoplineno == -1:
                return False
            return frame.f_lineno >= self.stoplineno
        f = frame
        while f is not None and f is not self.stopframe:
            if f is self.botframe:
                return True
            f = f.f_back
        return False

    def break_here(self, frame):
        filename = self.canonic(frame.f_code.co_filename)
        lines = self.breaks.get(filename)
        if not lines:
            return False
        lineno = frame.f_lineno
        if lineno not in lines:
            # A breakpoint on a function's def line stops at its first line.
            lineno = frame.f_code.co_firstlineno
            if lineno not in lines:
                return False
        bp, flag = effective(filename, lineno, frame)
        if not bp:
            return False
        self.currentbp = bp.number
        if flag and bp.temporary:
            self.do_clear(str(bp.number))
        return True

    def do_clear(self, arg):
        raise NotImplementedError("subclass of bdb must implement do_clear()")

    def break_anywhere(self, frame):
        return self.canonic(frame.f_code.co_filename) in self.breaks

    # -- hooks for subclasses ---------------------------------------------

    def user_call(self, frame, argument_list):
        """Called when a function we may stop in is entered."""

    def user_line(self, frame):
        """Called when we stop at or break on a line."""

    def user_return(self, frame, return_value):
        """Called when a function we stop in returns."""

    def user_exception(self, frame, exc_info):
        """Called when an exception is raised where we stop."""

    # -- how to go on -------------------------------------------------------

    def _set_stopinfo(self, stopframe, returnframe, stoplineno=0):
        self.stopframe = stopframe
        self.returnframe = returnframe
        self.quitting = 0
        # stoplineno -1: never stop in stopframe; otherwise stop there at
        # a line at or after it.
        self.stoplineno = stoplineno

    def set_until(self, frame):
        self._set_stopinfo(frame, frame, frame.f_lineno + 1)

    def set_step(self):
        returning = self.frame_returning
        if returning is not None:
            # Stepping out of a frame: its caller may have no tracer yet.
            caller = returning.f_back
            if caller is not None and not caller.f_trace:
                caller.f_trace = self.trace_dispatch
        self._set_stopinfo(None, None)

    def set_next(self, frame):
        self._set_stopinfo(frame, None)

    def set_return(self, frame):
        self._set_stopinfo(frame.f_back, frame)

    def set_trace(self, frame=None):
        if frame is None:
            frame = sys._getframe().f_back
        self.reset()
        while frame is not None:
            frame.f_trace = self.trace_dispatch
            self.botframe = frame
            frame = frame.f_back
        self.set_step()
        sys.settrace(self.trace_dispatch)

    def set_continue(self):
        self._set_stopinfo(self.botframe, None, -1)
        if not self.breaks:
            # Nothing can stop us any more: run at full speed.
            sys.settrace(None)
            frame = sys._getframe().f_back
            while frame is not None and frame is not self.botframe:
                del frame.f_trace
                frame = frame.f_back

    def set_quit(self):
        self.stopframe = self.botframe
        self.returnframe = None
        self.quitting = 1
        sys.settrace(None)

    # -- breakpoints ----------------------------------------------------------

    def set_break(self, filename, lineno, temporary=0, cond=None, funcname=None):
        filename = self.canonic(filename)
        import linecache
        if not linecache.getline(filename, lineno):
            return "Line %s:%d does not exist" % (filename, lineno)
        lines = self.breaks.setdefault(filename, [])
        if lineno not in lines:
            lines.append(lineno)
        Breakpoint(filename, lineno, temporary, cond, funcname)
        return None

    def _prune_breaks(self, filename, lineno):
        if (filename, lineno) not in Breakpoint.bplist:
            self.breaks[filename].remove(lineno)
        if not self.breaks[filename]:
            del self.breaks[filename]

    def clear_break(self, filename, lineno):
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return "There are no breakpoints in %s" % filename
        if lineno not in self.breaks[filename]:
            return "There is no breakpoint at %s:%d" % (filename, lineno)
        for bp in list(Breakpoint.bplist[filename, lineno]):
            bp.deleteMe()
        self._prune_breaks(filename, lineno)
        return None

    def clear_bpbynumber(self, arg):
        try:
            number = int(arg)
        except:
            return "Non-numeric breakpoint number (%s)" % arg
        try:
            bp = Breakpoint.bpbynumber[number]
        except IndexError:
            return "Breakpoint number (%d) out of range" % number
        if not bp:
            return "Breakpoint (%d) already deleted" % number
        bp.deleteMe()
        self._prune_breaks(bp.file, bp.line)
        return None

    def clear_all_file_breaks(self, filename):
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return "There are no breakpoints in %s" % filename
        for line in self.breaks[filename]:
            for bp in list(Breakpoint.bplist[filename, line]):
                bp.deleteMe()
        del self.breaks[filename]
        return None

    def clear_all_breaks(self):
        if not self.breaks:
            return "There are no breakpoints"
        for bp in Breakpoint.bpbynumber:
            if bp:
                bp.deleteMe()
        self.breaks = {}
        return None

    def get_break(self, filename, lineno):
        filename = self.canonic(filename)
        return filename in self.breaks and lineno in self.breaks[filename]

    def get_breaks(self, filename, lineno):
        filename = self.canonic(filename)
        if lineno in self.breaks.get(filename, ()):
            return Breakpoint.bplist[filename, lineno]
        return []

    def get_file_breaks(self, filename):
        return self.breaks.get(self.canonic(filename), [])

    def get_all_breaks(self):
        return self.breaks

    # -- stack traces -----------------------------------------------------------

    def get_stack(self, f, t):
        """The (frame, lineno) pairs from the bottom frame to f, then
        those of traceback t, and the index of f in that list."""
        stack = []
        if t is not None and t.tb_frame is f:
            t = t.tb_next
        while f is not None:
            stack.append((f, f.f_lineno))
            if f is self.botframe:
                break
            f = f.f_back
        stack.reverse()
        index = max(0, len(stack) - 1)
        while t is not None:
            stack.append((t.tb_frame, t.tb_lineno))
            t = t.tb_next
        if f is None:
            index = max(0, len(stack) - 1)
        return stack, index

    def format_stack_entry(self, frame_lineno, lprefix=": "):
        import linecache
        import repr as _repr
        frame, lineno = frame_lineno
        filename = self.canonic(frame.f_code.co_filename)
        parts = ["%s(%r)" % (filename, lineno), frame.f_code.co_name or "<lambda>"]
        f_locals = frame.f_locals
        if "__args__" in f_locals:
            parts.append(_repr.repr(f_locals["__args__"]))
        else:
            parts.append("()")
        if "__return__" in f_locals:
            parts.append("->" + _repr.repr(f_locals["__return__"]))
        line = linecache.getline(filename, lineno, frame.f_globals)
        if line:
            parts.append(lprefix + line.strip())
        return "".join(parts)

    # -- running code under the debugger ------------------------------------------

    def _namespaces(self, globals, locals):
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        return globals, locals

    def run(self, cmd, globals=None, locals=None):
        globals, locals = self._namespaces(globals, locals)
        self.reset()
        sys.settrace(self.trace_dispatch)
        if not isinstance(cmd, types.CodeType):
            cmd = cmd + "\n"
        try:
            exec cmd in globals, locals
        except BdbQuit:
            pass
        finally:
            self.quitting = 1
            sys.settrace(None)

    def runeval(self, expr, globals=None, locals=None):
        globals, locals = self._namespaces(globals, locals)
        self.reset()
        sys.settrace(self.trace_dispatch)
        if not isinstance(expr, types.CodeType):
            expr = expr + "\n"
        try:
            return eval(expr, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = 1
            sys.settrace(None)

    def runctx(self, cmd, globals, locals):
        self.run(cmd, globals, locals)

    def runcall(self, func, *args, **kwds):
        self.reset()
        sys.settrace(self.trace_dispatch)
        result = None
        try:
            result = func(*args, **kwds)
        except BdbQuit:
            pass
        finally:
            self.quitting = 1
            sys.settrace(None)
        return result


def set_trace():
    Bdb().set_trace()


class Breakpoint:
    """One breakpoint: a place, an optional condition or function name,
    an ignore count, a hit count. Numbered from 1 in creation order."""

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=0, cond=None, funcname=None):
        self.funcname = funcname
        self.func_first_executable_line = None
        self.file = file
        self.line = line
        self.temporary = temporary
        self.cond = cond
        self.enabled = 1
        self.ignore = 0
        self.hits = 0
        self.number = Breakpoint.next
        Breakpoint.next += 1
        Breakpoint.bpbynumber.append(self)
        Breakpoint.bplist.setdefault((file, line), []).append(self)

    def deleteMe(self):
        key = (self.file, self.line)
        Breakpoint.bpbynumber[self.number] = None
        Breakpoint.bplist[key].remove(self)
        if not Breakpoint.bplist[key]:
            del Breakpoint.bplist[key]

    def enable(self):
        self.enabled = 1

    def disable(self):
        self.enabled = 0

    def bpprint(self, out=None):
        if out is None:
            out = sys.stdout
        disp = "del  " if self.temporary else "keep "
        disp += "yes  " if self.enabled else "no   "
        print >> out, "%-4dbreakpoint   %s at %s:%d" % (self.number, disp, self.file, self.line)
        if self.cond:
            print >> out, "\tstop only if %s" % (self.cond,)
        if self.ignore:
            print >> out, "\tignore next %d hits" % (self.ignore,)
        if self.hits:
            print >> out, "\tbreakpoint already hit %d time%s" % (self.hits, "s" if self.hits > 1 else "")


def checkfuncname(b, frame):
    """Whether breakpoint b, set on a function name, applies to frame."""
    if not b.funcname:
        # Set by line number: only the exact line counts.
        return b.line == frame.f_lineno
    if frame.f_code.co_name != b.funcname:
        return False
    # Stop once, at the function's first executable line.
    if not b.func_first_executable_line:
        b.func_first_executable_line = frame.f_lineno
    return b.func_first_executable_line == frame.f_lineno


def effective(file, line, frame):
    """The breakpoint to stop at for this place and frame, if any, and
    whether a temporary one may be deleted."""
    for b in Breakpoint.bplist[file, line]:
        if not b.enabled or not checkfuncname(b, frame):
            continue
        b.hits += 1
        if not b.cond:
            if b.ignore > 0:
                b.ignore -= 1
                continue
            return (b, 1)
        try:
            val = eval(b.cond, frame.f_globals, frame.f_locals)
        except:
            # An error in the condition stops, and keeps a temporary one.
            return (b, 0)
        if val:
            if b.ignore > 0:
                b.ignore -= 1
            else:
                return (b, 1)
    return (None, None)
