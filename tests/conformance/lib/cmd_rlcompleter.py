import cmd, rlcompleter, StringIO, dummy_threading

class Shell(cmd.Cmd):
    """A tiny shell."""
    prompt = '> '

    def do_greet(self, arg):
        """Say hello."""
        print >>self.stdout, 'hello', arg or 'world'

    def do_add(self, arg):
        print >>self.stdout, sum(int(x) for x in arg.split())

    def help_topic(self):
        print >>self.stdout, 'a topic'

    def do_quit(self, arg):
        return True

    def do_EOF(self, arg):
        print >>self.stdout, 'bye'
        return True

out = StringIO.StringIO()
sh = Shell(stdin=StringIO.StringIO('greet\ngreet you\nadd 1 2 3\n\n?greet\nhelp\nhelp topic\nhelp nothing\nbogus\n!ls\n'), stdout=out)
sh.use_rawinput = False
sh.cmdloop('welcome')
print out.getvalue()
print sh.parseline('  add  1 2 '), sh.parseline(''), sh.parseline('?x'), sh.parseline('!x')
print sh.completenames('a'), sorted(sh.complete_help('')), sh.lastcmd
sh.stdout = out = StringIO.StringIO()
sh.columnize(['alpha', 'b', 'gamma', 'delta', 'epsilon', 'z'] * 4, 30)
sh.columnize([])
print out.getvalue()
c = rlcompleter.Completer({'spam': 1, 'span': len, 'eggs': 'x'})
print sorted(c.global_matches('sp')), c.global_matches('whi'), c.global_matches('len')
print c.attr_matches('eggs.up'), c.attr_matches('spam.real'), c.attr_matches('nope.x'), c.attr_matches('(')
print sorted(c.complete('sp', i) for i in range(2)), c.complete('sp', 2), repr(c.complete('  ', 0))
try:
    rlcompleter.Completer([1])
except TypeError as e:
    print e
t = dummy_threading.Thread(target=lambda: None)
t.start()
t.join()
print t.is_alive(), isinstance(dummy_threading.Lock(), type(dummy_threading.Lock()))
