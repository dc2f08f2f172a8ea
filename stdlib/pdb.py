"""The Python debugger: a command-line interface (cmd.Cmd) over bdb.

    python -m pdb script.py [args]     debug a script
    import pdb; pdb.set_trace()        stop here
    pdb.pm()                           look at the last traceback

Type "help" at the (Pdb) prompt for the list of commands.
"""

import bdb
import cmd
import linecache
import os
import pprint
import re
import sys
import traceback
from repr import Repr

__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace",
           "post_mortem", "help"]


class Restart(Exception):
    """Raised by the 'run' command to start the program again."""


_repr = Repr()
_repr.maxstring = 200
_saferepr = _repr.repr

line_prefix = "\n-> "


def find_function(funcname, filename):
    """(funcname, filename, line) of the def of funcname in filename."""
    pattern = re.compile(r"def\s+%s\s*[(]" % re.escape(funcname))
    try:
        f = open(filename)
    except IOError:
        return None
    try:
        for lineno, line in enumerate(f, 1):
            if pattern.match(line):
                return funcname, filename, lineno
    finally:
        f.close()
    return None


class Pdb(bdb.Bdb, cmd.Cmd):

    def __init__(self, completekey="tab", stdin=None, stdout=None, skip=None):
        bdb.Bdb.__init__(self, skip=skip)
        cmd.Cmd.__init__(self, completekey, stdin, stdout)
        if stdout:
            self.use_rawinput = 0
        self.prompt = "(Pdb) "
        self.aliases = {}
        self.mainpyfile = ""
        self._wait_for_mainpyfile = 0
        self._user_requested_quit = 0
        self.rcLines = []
        # .pdbrc in the home directory, then in the current one.
        paths = []
        if "HOME" in os.environ:
            paths.append(os.path.join(os.environ["HOME"], ".pdbrc"))
        paths.append(".pdbrc")
        for path in paths:
            try:
                f = open(path)
            except IOError:
                continue
            try:
                self.rcLines.extend(f.readlines())
            finally:
                f.close()
        self.commands = {}
        self.commands_doprompt = {}
        self.commands_silent = {}
        self.commands_defining = False
        self.commands_bnum = None

    def reset(self):
        bdb.Bdb.reset(self)
        self.forget()

    def forget(self):
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None

    def setup(self, f, t):
        self.forget()
        self.stack, self.curindex = self.get_stack(f, t)
        self.curframe = self.stack[self.curindex][0]
        self.curframe_locals = self.curframe.f_locals
        self.execRcLines()

    def execRcLines(self):
        if not self.rcLines:
            return
        lines = self.rcLines
        self.rcLines = []
        for line in lines:
            line = line[:-1] if line.endswith("\n") else line
            if line.strip() and line.strip()[0] != "#":
                self.onecmd(line)

    # -- bdb's hooks ----------------------------------------------------------

    def user_call(self, frame, argument_list):
        if self._wait_for_mainpyfile:
            return
        if self.stop_here(frame):
            print >> self.stdout, "--Call--"
            self.interaction(frame, None)

    def user_line(self, frame):
        if self._wait_for_mainpyfile:
            if self.mainpyfile != self.canonic(frame.f_code.co_filename) or frame.f_lineno <= 0:
                return
            self._wait_for_mainpyfile = 0
        if self.bp_commands(frame):
            self.interaction(frame, None)

    def bp_commands(self, frame):
        """Runs the commands of the breakpoint just hit; whether to stop."""
        number = getattr(self, "currentbp", False)
        if number and number in self.commands:
            self.currentbp = 0
            lastcmd = self.lastcmd
            self.setup(frame, None)
            for line in self.commands[number]:
                self.onecmd(line)
            self.lastcmd = lastcmd
            if not self.commands_silent[number]:
                self.print_stack_entry(self.stack[self.curindex])
            if self.commands_doprompt[number]:
                self.cmdloop()
            self.forget()
            return 0
        return 1

    def user_return(self, frame, return_value):
        if self._wait_for_mainpyfile:
            return
        frame.f_locals["__return__"] = return_value
        print >> self.stdout, "--Return--"
        self.interaction(frame, None)

    def user_exception(self, frame, exc_info):
        if self._wait_for_mainpyfile:
            return
        exc_type, exc_value, exc_tb = exc_info
        frame.f_locals["__exception__"] = exc_type, exc_value
        name = exc_type if isinstance(exc_type, str) else exc_type.__name__
        print >> self.stdout, name + ":", _saferepr(exc_value)
        self.interaction(frame, exc_tb)

    def interaction(self, frame, tb):
        self.setup(frame, tb)
        self.print_stack_entry(self.stack[self.curindex])
        self.cmdloop()
        self.forget()

    # -- running what the user types --------------------------------------------

    def displayhook(self, obj):
        if obj is not None:
            print >> self.stdout, repr(obj)

    def default(self, line):
        if line[:1] == "!":
            line = line[1:]
        frame_locals = self.curframe_locals
        frame_globals = self.curframe.f_globals
        try:
            code = compile(line + "\n", "<stdin>", "single")
            saved = sys.stdout, sys.stdin, sys.displayhook
            try:
                sys.stdin = self.stdin
                sys.stdout = self.stdout
                sys.displayhook = self.displayhook
                exec code in frame_globals, frame_locals
            finally:
                sys.stdout, sys.stdin, sys.displayhook = saved
        except:
            self._print_error(*sys.exc_info()[:2])

    def _print_error(self, t, v):
        name = t if isinstance(t, str) else t.__name__
        print >> self.stdout, "***", name + ":", v

    def precmd(self, line):
        if not line.strip():
            return line
        words = line.split()
        # Aliases expand with %1, %2 ... and %* for the arguments.
        while words[0] in self.aliases:
            line = self.aliases[words[0]]
            for i, word in enumerate(words[1:], 1):
                line = line.replace("%" + str(i), word)
            line = line.replace("%*", " ".join(words[1:]))
            words = line.split()
        if words[0] != "alias":
            marker = line.find(";;")
            if marker >= 0:
                self.cmdqueue.append(line[marker + 2:].lstrip())
                line = line[:marker].rstrip()
        return line

    def onecmd(self, line):
        if not self.commands_defining:
            return cmd.Cmd.onecmd(self, line)
        return self.handle_command_def(line)

    def handle_command_def(self, line):
        """One line typed after 'commands': true ends the definition."""
        name, arg, line = self.parseline(line)
        if not name:
            return None
        if name == "silent":
            self.commands_silent[self.commands_bnum] = True
            return None
        if name == "end":
            self.cmdqueue = []
            return 1
        self.commands[self.commands_bnum].append(line)
        if name in ("c", "cont", "continue", "s", "step", "n", "next", "r", "return",
                    "q", "quit", "j", "jump", "unt", "until", "EOF", "exit"):
            # A command that resumes ends the list, and no prompt follows.
            self.commands_doprompt[self.commands_bnum] = False
            self.cmdqueue = []
            return 1
        return None

    # -- commands: breakpoints ------------------------------------------------------

    def do_commands(self, arg):
        """commands [bpnumber]
Give commands to run when the breakpoint is hit, one a line, ended by
'end'; 'silent' first hides the usual stop message."""
        if not arg:
            bnum = len(bdb.Breakpoint.bpbynumber) - 1
        else:
            try:
                bnum = int(arg)
            except ValueError:
                print >> self.stdout, "Usage : commands [bnum]\n        ...\n        end"
                return
        self.commands_bnum = bnum
        self.commands[bnum] = []
        self.commands_doprompt[bnum] = True
        self.commands_silent[bnum] = False
        prompt = self.prompt
        self.prompt = "(com) "
        self.commands_defining = True
        try:
            self.cmdloop()
        finally:
            self.commands_defining = False
            self.prompt = prompt

    def do_break(self, arg, temporary=0):
        """b(reak) [([filename:]lineno | function) [, condition]]
Without argument, list the breakpoints. Otherwise set one at a line of
the current (or given) file, or at the first line of a function; it
stops only when the condition, if given, is true."""
        if not arg:
            if self.breaks:
                print >> self.stdout, "Num Type         Disp Enb   Where"
                for bp in bdb.Breakpoint.bpbynumber:
                    if bp:
                        bp.bpprint(self.stdout)
            return
        filename = None
        lineno = None
        cond = None
        comma = arg.find(",")
        if comma > 0:
            cond = arg[comma + 1:].lstrip()
            arg = arg[:comma].rstrip()
        colon = arg.rfind(":")
        funcname = None
        if colon >= 0:
            filename = arg[:colon].rstrip()
            found = self.lookupmodule(filename)
            if not found:
                print >> self.stdout, "*** ", repr(filename),
                print >> self.stdout, "not found from sys.path"
                return
            filename = found
            arg = arg[colon + 1:].lstrip()
            try:
                lineno = int(arg)
            except ValueError, msg:
                print >> self.stdout, "*** Bad lineno:", arg
                return
        else:
            try:
                lineno = int(arg)
            except ValueError:
                try:
                    func = eval(arg, self.curframe.f_globals, self.curframe_locals)
                except:
                    func = arg
                try:
                    if hasattr(func, "im_func"):
                        func = func.im_func
                    code = func.func_code
                    funcname = code.co_name
                    lineno = code.co_firstlineno
                    filename = code.co_filename
                except:
                    ok, filename, ln = self.lineinfo(arg)
                    if not ok:
                        print >> self.stdout, "*** The specified object",
                        print >> self.stdout, repr(arg),
                        print >> self.stdout, "is not a function"
                        print >> self.stdout, "or was not found along sys.path."
                        return
                    funcname = ok
                    lineno = int(ln)
        if not filename:
            filename = self.defaultFile()
        line = self.checkline(filename, lineno)
        if line:
            err = self.set_break(filename, line, temporary, cond, funcname)
            if err:
                print >> self.stdout, "***", err
            else:
                bp = self.get_breaks(filename, line)[-1]
                print >> self.stdout, "Breakpoint %d at %s:%d" % (bp.number, bp.file, bp.line)

    def defaultFile(self):
        filename = self.curframe.f_code.co_filename
        if filename == "<string>" and self.mainpyfile:
            filename = self.mainpyfile
        return filename

    do_b = do_break

    def do_tbreak(self, arg):
        """tbreak [ ([filename:]lineno | function) [, condition] ]
As break, but the breakpoint is removed when first hit."""
        self.do_break(arg, 1)

    def lineinfo(self, identifier):
        failed = (None, None, None)
        parts = identifier.strip().strip("'\"").split(".")
        if len(parts) == 1:
            item = parts[0]
            fname = self.defaultFile()
        else:
            fname = self.lookupmodule(parts[0])
            if not fname:
                return failed
            item = parts[1]
        found = find_function(item, fname)
        return found or failed

    def checkline(self, filename, lineno):
        """lineno if a breakpoint can go there, else 0 (and says why)."""
        globs = self.curframe.f_globals if hasattr(self, "curframe") and self.curframe else None
        line = linecache.getline(filename, lineno, globs)
        if not line:
            print >> self.stdout, "End of file"
            return 0
        line = line.strip()
        if not line or line[0] == "#" or line[:3] in ('"""', "'''"):
            print >> self.stdout, "*** Blank or comment"
            return 0
        return lineno

    def _breakpoint(self, arg):
        try:
            i = int(arg)
        except ValueError:
            print >> self.stdout, "Breakpoint index %r is not a number" % arg
            return None
        if not (0 <= i < len(bdb.Breakpoint.bpbynumber)):
            print >> self.stdout, "No breakpoint numbered", i
            return None
        bp = bdb.Breakpoint.bpbynumber[i]
        if bp is None:
            print >> self.stdout, "No breakpoint numbered", i
        return bp

    def do_enable(self, arg):
        """enable bpnumber [bpnumber ...]
Enable the given breakpoints."""
        for i in arg.split():
            bp = self._breakpoint(i)
            if bp:
                bp.enable()

    def do_disable(self, arg):
        """disable bpnumber [bpnumber ...]
Disable the given breakpoints: they stay listed but do not stop."""
        for i in arg.split():
            bp = self._breakpoint(i)
            if bp:
                bp.disable()

    def do_condition(self, arg):
        """condition bpnumber [condition]
Set the breakpoint's condition; without one, it stops unconditionally."""
        args = arg.split(" ", 1)
        try:
            bpnum = int(args[0].strip())
        except ValueError:
            print >> self.stdout, "Breakpoint index %r is not a number" % args[0]
            return
        cond = args[1] if len(args) > 1 else None
        try:
            bp = bdb.Breakpoint.bpbynumber[bpnum]
        except IndexError:
            print >> self.stdout, "Breakpoint index %r is not valid" % args[0]
            return
        if bp:
            bp.cond = cond
            if not cond:
                print >> self.stdout, "Breakpoint", bpnum,
                print >> self.stdout, "is now unconditional."

    def do_ignore(self, arg):
        """ignore bpnumber [count]
Let the breakpoint pass count times before it stops again."""
        args = arg.split()
        try:
            bpnum = int(args[0].strip())
        except (ValueError, IndexError):
            print >> self.stdout, "Breakpoint index %r is not a number" % (args[0] if args else "")
            return
        try:
            count = int(args[1].strip())
        except:
            count = 0
        try:
            bp = bdb.Breakpoint.bpbynumber[bpnum]
        except IndexError:
            print >> self.stdout, "Breakpoint index %r is not valid" % args[0]
            return
        if bp:
            bp.ignore = count
            if count > 0:
                reply = "Will ignore next "
                if count > 1:
                    reply += "%d crossings" % count
                else:
                    reply += "1 crossing"
                print >> self.stdout, reply + " of breakpoint %d." % bpnum
            else:
                print >> self.stdout, "Will stop next time breakpoint",
                print >> self.stdout, bpnum, "is reached."

    def do_clear(self, arg):
        """cl(ear) [filename:lineno | bpnumber [bpnumber ...]]
Delete the given breakpoints; without argument, all of them (asks first)."""
        if not arg:
            try:
                reply = raw_input("Clear all breaks? ")
            except EOFError:
                reply = "no"
            if reply.strip().lower() in ("y", "yes"):
                self.clear_all_breaks()
            return
        if ":" in arg:
            i = arg.rfind(":")
            filename = arg[:i]
            try:
                lineno = int(arg[i + 1:])
            except ValueError:
                err = "Invalid line number (%s)" % arg
            else:
                err = self.clear_break(filename, lineno)
            if err:
                print >> self.stdout, "***", err
            return
        for i in arg.split():
            try:
                i = int(i)
            except ValueError:
                print >> self.stdout, "*** Non-numeric breakpoint number (%s)" % i
                continue
            if not (0 <= i < len(bdb.Breakpoint.bpbynumber)):
                print >> self.stdout, "No breakpoint numbered", i
                continue
            err = self.clear_bpbynumber(i)
            if err:
                print >> self.stdout, "***", err
            else:
                print >> self.stdout, "Deleted breakpoint", i

    do_cl = do_clear

    # -- commands: where we are ---------------------------------------------------

    def do_where(self, arg):
        """w(here)
Print the stack, most recent frame last; '>' marks the current frame."""
        self.print_stack_trace()

    do_w = do_where
    do_bt = do_where

    def _select_frame(self, index):
        self.curindex = index
        self.curframe = self.stack[index][0]
        self.curframe_locals = self.curframe.f_locals
        self.print_stack_entry(self.stack[index])
        self.lineno = None

    def do_up(self, arg):
        """u(p)
Move one frame up the stack (to the caller)."""
        if self.curindex == 0:
            print >> self.stdout, "*** Oldest frame"
        else:
            self._select_frame(self.curindex - 1)

    do_u = do_up

    def do_down(self, arg):
        """d(own)
Move one frame down the stack (to the callee)."""
        if self.curindex + 1 == len(self.stack):
            print >> self.stdout, "*** Newest frame"
        else:
            self._select_frame(self.curindex + 1)

    do_d = do_down

    # -- commands: going on ---------------------------------------------------------

    def do_until(self, arg):
        """unt(il)
Continue until a line greater than the current one is reached, or the
frame returns."""
        self.set_until(self.curframe)
        return 1

    do_unt = do_until

    def do_step(self, arg):
        """s(tep)
Run the current line and stop at the first chance (in a called function
or at the next line)."""
        self.set_step()
        return 1

    do_s = do_step

    def do_next(self, arg):
        """n(ext)
Continue to the next line of the current function (calls run through)."""
        self.set_next(self.curframe)
        return 1

    do_n = do_next

    def do_run(self, arg):
        """run [args...]
Restart the debugged program, with new arguments if given."""
        if arg:
            import shlex
            argv0 = sys.argv[0:1]
            sys.argv = shlex.split(arg)
            sys.argv[:0] = argv0
        raise Restart

    do_restart = do_run

    def do_return(self, arg):
        """r(eturn)
Continue until the current function returns."""
        self.set_return(self.curframe)
        return 1

    do_r = do_return

    def do_continue(self, arg):
        """c(ont(inue))
Continue until a breakpoint is hit."""
        self.set_continue()
        return 1

    do_c = do_cont = do_continue

    def do_jump(self, arg):
        """j(ump) lineno
Set the next line to run (in the bottom-most frame only)."""
        if self.curindex + 1 != len(self.stack):
            print >> self.stdout, "*** You can only jump within the bottom frame"
            return
        try:
            arg = int(arg)
        except ValueError:
            print >> self.stdout, "*** The 'jump' command requires a line number."
            return
        try:
            self.curframe.f_lineno = arg
            self.stack[self.curindex] = self.stack[self.curindex][0], arg
            self.print_stack_entry(self.stack[self.curindex])
        except ValueError, e:
            print >> self.stdout, "*** Jump failed:", e

    do_j = do_jump

    def do_debug(self, arg):
        """debug code
Step through code (an expression or statement) with a new debugger."""
        sys.settrace(None)
        frame_globals = self.curframe.f_globals
        frame_locals = self.curframe_locals
        inner = Pdb(self.completekey, self.stdin, self.stdout)
        inner.prompt = "(%s) " % self.prompt.strip()
        print >> self.stdout, "ENTERING RECURSIVE DEBUGGER"
        sys.call_tracing(inner.run, (arg, frame_globals, frame_locals))
        print >> self.stdout, "LEAVING RECURSIVE DEBUGGER"
        sys.settrace(self.trace_dispatch)
        self.lastcmd = inner.lastcmd

    def do_quit(self, arg):
        """q(uit) or exit
Leave the debugger; the program being run is aborted."""
        self._user_requested_quit = 1
        self.set_quit()
        return 1

    do_q = do_quit
    do_exit = do_quit

    def do_EOF(self, arg):
        """EOF
End of input: as quit."""
        print >> self.stdout
        self._user_requested_quit = 1
        self.set_quit()
        return 1

    # -- commands: looking at values ---------------------------------------------

    def do_args(self, arg):
        """a(rgs)
Print the arguments of the current function."""
        co = self.curframe.f_code
        loc = self.curframe_locals
        n = co.co_argcount
        if co.co_flags & 4:
            n += 1
        if co.co_flags & 8:
            n += 1
        for name in co.co_varnames[:n]:
            if name in loc:
                print >> self.stdout, name, "=", loc[name]
            else:
                print >> self.stdout, name, "= *** undefined ***"

    do_a = do_args

    def do_retval(self, arg):
        """retval
Print the value the current function is returning."""
        if "__return__" in self.curframe_locals:
            print >> self.stdout, self.curframe_locals["__return__"]
        else:
            print >> self.stdout, "*** Not yet returned!"

    do_rv = do_retval

    def _getval(self, arg):
        try:
            return eval(arg, self.curframe.f_globals, self.curframe_locals)
        except:
            t, v = sys.exc_info()[:2]
            # Here 2.7 shows the exception's repr, unlike for statements.
            self._print_error(t, repr(v))
            raise

    def do_p(self, arg):
        """p expression
Print the value of the expression."""
        try:
            print >> self.stdout, repr(self._getval(arg))
        except:
            pass

    def do_pp(self, arg):
        """pp expression
Pretty-print the value of the expression."""
        try:
            pprint.pprint(self._getval(arg), self.stdout)
        except:
            pass

    def do_list(self, arg):
        """l(ist) [first [,last]]
List source code around the current line (11 lines), or from first,
or from first to last; 'list' again goes on after the last listing."""
        self.lastcmd = "list"
        last = None
        if arg:
            try:
                x = eval(arg, {}, {})
                if isinstance(x, tuple):
                    first, last = int(x[0]), int(x[1])
                    if last < first:
                        # A count, not a line.
                        last = first + last
                else:
                    first = max(1, int(x) - 5)
            except:
                print >> self.stdout, "*** Error in argument:", repr(arg)
                return
        elif self.lineno is None:
            first = max(1, self.curframe.f_lineno - 5)
        else:
            first = self.lineno + 1
        if last is None:
            last = first + 10
        filename = self.curframe.f_code.co_filename
        breaklist = self.get_file_breaks(filename)
        try:
            for lineno in range(first, last + 1):
                line = linecache.getline(filename, lineno, self.curframe.f_globals)
                if not line:
                    print >> self.stdout, "[EOF]"
                    break
                s = repr(lineno).rjust(3)
                if len(s) < 4:
                    s += " "
                s += "B" if lineno in breaklist else " "
                if lineno == self.curframe.f_lineno:
                    s += "->"
                print >> self.stdout, s + "\t" + line,
                self.lineno = lineno
        except KeyboardInterrupt:
            pass

    do_l = do_list

    def do_whatis(self, arg):
        """whatis arg
Print the type of the argument."""
        try:
            value = eval(arg, self.curframe.f_globals, self.curframe_locals)
        except:
            self._print_error(*sys.exc_info()[:2])
            return
        code = None
        try:
            code = value.func_code
        except Exception:
            pass
        if code:
            print >> self.stdout, "Function", code.co_name
            return
        try:
            code = value.im_func.func_code
        except Exception:
            pass
        if code:
            print >> self.stdout, "Method", code.co_name
            return
        print >> self.stdout, type(value)

    def do_alias(self, arg):
        """alias [name [command]]
Define name as an abbreviation of command (%1, %2 ... and %* stand for
the arguments); with a name only, show it; alone, list all aliases."""
        args = arg.split()
        if not args:
            for name in sorted(self.aliases):
                print >> self.stdout, "%s = %s" % (name, self.aliases[name])
            return
        if args[0] in self.aliases and len(args) == 1:
            print >> self.stdout, "%s = %s" % (args[0], self.aliases[args[0]])
        else:
            self.aliases[args[0]] = " ".join(args[1:])

    def do_unalias(self, arg):
        """unalias name
Delete the alias name."""
        args = arg.split()
        if args and args[0] in self.aliases:
            del self.aliases[args[0]]

    def do_help(self, arg):
        """h(elp) [command]
Without argument, list the commands; with one, describe it."""
        if arg:
            method = getattr(self, "do_" + arg, None)
            if method is not None and method.__doc__:
                print >> self.stdout, method.__doc__
                return
        return cmd.Cmd.do_help(self, arg)

    do_h = do_help

    def print_stack_trace(self):
        try:
            for entry in self.stack:
                self.print_stack_entry(entry)
        except KeyboardInterrupt:
            pass

    def print_stack_entry(self, frame_lineno, prompt_prefix=line_prefix):
        frame, lineno = frame_lineno
        marker = ">" if frame is self.curframe else " "
        print >> self.stdout, marker, self.format_stack_entry(frame_lineno, prompt_prefix)

    def lookupmodule(self, filename):
        """The full path of a file named relative to sys.path (or a module
        name), or None."""
        if os.path.isabs(filename) and os.path.exists(filename):
            return filename
        f = os.path.join(sys.path[0], filename)
        if os.path.exists(f) and self.canonic(f) == self.mainpyfile:
            return f
        root, ext = os.path.splitext(filename)
        if ext == "":
            filename = filename + ".py"
        if os.path.isabs(filename):
            return filename
        for dirname in sys.path:
            while os.path.islink(dirname):
                dirname = os.readlink(dirname)
            fullname = os.path.join(dirname, filename)
            if os.path.exists(fullname):
                return fullname
        return None

    def _runscript(self, filename):
        import __main__
        __main__.__dict__.clear()
        __main__.__dict__.update({"__name__": "__main__", "__file__": filename,
                                  "__builtins__": __import__("__builtin__")})
        # Stop first at the script's first line, not inside execfile.
        self._wait_for_mainpyfile = 1
        self.mainpyfile = self.canonic(filename)
        self._user_requested_quit = 0
        self.run("execfile(%r)" % filename)


def run(statement, globals=None, locals=None):
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    run(statement, globals, locals)


def runcall(*args, **kwds):
    return Pdb().runcall(*args, **kwds)


def set_trace():
    Pdb().set_trace(sys._getframe().f_back)


def post_mortem(t=None):
    if t is None:
        t = sys.exc_info()[2]
        if t is None:
            raise ValueError("A valid traceback must be passed if no exception is being handled")
    p = Pdb()
    p.reset()
    p.interaction(None, t)


def pm():
    post_mortem(sys.last_traceback)


TESTCMD = "import x; x.main()"


def test():
    run(TESTCMD)


def help():
    print __doc__
    Pdb().do_help("")


def main():
    if not sys.argv[1:] or sys.argv[1] in ("--help", "-h"):
        print "usage: pdb.py scriptfile [arg] ..."
        sys.exit(2)
    mainpyfile = sys.argv[1]
    if not os.path.exists(mainpyfile):
        print "Error:", mainpyfile, "does not exist"
        sys.exit(1)
    del sys.argv[0]
    sys.path[0] = os.path.dirname(mainpyfile)
    debugger = Pdb()
    while True:
        try:
            debugger._runscript(mainpyfile)
            if debugger._user_requested_quit:
                break
            print "The program finished and will be restarted"
        except Restart:
            print "Restarting", mainpyfile, "with arguments:"
            print "\t" + " ".join(sys.argv[1:])
        except SystemExit:
            print "The program exited via sys.exit(). Exit status: ",
            print sys.exc_info()[1]
        except SyntaxError:
            traceback.print_exc()
            sys.exit(1)
        except:
            traceback.print_exc()
            print "Uncaught exception. Entering post mortem debugging"
            print "Running 'cont' or 'step' will restart the program"
            debugger.interaction(None, sys.exc_info()[2])
            print "Post mortem debugger finished. The " + mainpyfile + " will be restarted"


if __name__ == "__main__":
    import pdb
    pdb.main()
