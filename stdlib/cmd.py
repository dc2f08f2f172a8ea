"""A framework for line-oriented command interpreters (Python 2.7's cmd).

Subclass Cmd and define do_<name>(self, arg) for each command; cmdloop()
reads lines, splits off the command word and calls the method. help_<name>
methods (or do_ docstrings) feed the built-in 'help'; complete_<name>
methods supply argument completion when readline is present. '?' is
'help' and '!' is 'shell' (if do_shell exists); an empty line repeats the
last command; end of input is the command 'EOF'."""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    def _read_line(self):
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return raw_input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not len(line):
            return 'EOF'
        return line.rstrip('\r\n')

    def cmdloop(self, intro=None):
        """Read and run commands until one returns a true value."""
        self.preloop()
        readline = None
        if self.use_rawinput and self.completekey:
            try:
                import readline
                self.old_completer = readline.get_completer()
                readline.set_completer(self.complete)
                readline.parse_and_bind(self.completekey + ": complete")
            except ImportError:
                readline = None
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            stop = None
            while not stop:
                line = self.precmd(self._read_line())
                stop = self.onecmd(line)
                stop = self.postcmd(stop, line)
            self.postloop()
        finally:
            if readline is not None:
                readline.set_completer(self.old_completer)

    def precmd(self, line):
        """Hook run on each line before it is interpreted."""
        return line

    def postcmd(self, stop, line):
        """Hook run after each command; returns whether to stop."""
        return stop

    def preloop(self):
        """Hook run once before the loop starts."""
        pass

    def postloop(self):
        """Hook run once after the loop ends."""
        pass

    def parseline(self, line):
        """(command, argument, line) with ? and ! expanded; (None, None,
        line) for an empty line or one that cannot start a command."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        i = 0
        n = len(line)
        while i < n and line[i] in self.identchars:
            i += 1
        return line[:i], line[i:].strip(), line

    def onecmd(self, line):
        """Run one line; the command method's result says whether to stop."""
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if cmd is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if cmd == '':
            return self.default(line)
        try:
            func = getattr(self, 'do_' + cmd)
        except AttributeError:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        """An empty line repeats the last command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """A line that names no command."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """readline's completer: command names at the start of the line,
        else the command's complete_<name> method."""
        if state == 0:
            import readline
            whole = readline.get_line_buffer()
            line = whole.lstrip()
            shift = len(whole) - len(line)
            begidx = readline.get_begidx() - shift
            endidx = readline.get_endidx() - shift
            if begidx > 0:
                cmd, args, _ = self.parseline(line)
                compfunc = self.completedefault
                if cmd != '':
                    compfunc = getattr(self, 'complete_' + cmd, self.completedefault)
            else:
                compfunc = self.completenames
            self.completion_matches = compfunc(text, line, begidx, endidx)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = set(name[5:] for name in self.get_names()
                     if name.startswith('help_' + args[0]))
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            try:
                func = getattr(self, 'help_' + arg)
            except AttributeError:
                try:
                    doc = getattr(self, 'do_' + arg).__doc__
                    if doc:
                        self.stdout.write("%s\n" % str(doc))
                        return
                except AttributeError:
                    pass
                self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
                return
            func()
            return
        names = self.get_names()
        topics = dict((name[5:], 1) for name in names if name[:5] == 'help_')
        names.sort()
        documented = []
        undocumented = []
        previous = ''
        for name in names:
            if name[:3] != 'do_' or name == previous:
                continue
            previous = name
            cmd = name[3:]
            if cmd in topics:
                documented.append(cmd)
                del topics[cmd]
            elif getattr(self, name).__doc__:
                documented.append(cmd)
            else:
                undocumented.append(cmd)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, topics.keys(), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if cmds:
            self.stdout.write("%s\n" % str(header))
            if self.ruler:
                self.stdout.write("%s\n" % str(self.ruler * len(header)))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Print strings in as few rows as fit the width, filling columns
        top to bottom, two spaces apart."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i in range(len(list)) if not isinstance(list[i], str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(map(str, bad)))
        size = len(list)
        if size == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        for nrows in range(1, size):
            ncols = (size + nrows - 1) // nrows
            colwidths = []
            total = -2
            for col in range(ncols):
                width = max(len(x) for x in list[col * nrows:(col + 1) * nrows])
                colwidths.append(width)
                total += width + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                break
        else:
            nrows = size
            ncols = 1
            colwidths = [0]
        for row in range(nrows):
            texts = [list[i] for i in range(row, size, nrows)][:ncols]
            while texts and not texts[-1]:
                del texts[-1]
            self.stdout.write("%s\n" % str("  ".join(
                [text.ljust(colwidths[col]) for col, text in enumerate(texts)])))
