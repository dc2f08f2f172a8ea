import sys
from optparse import *

def make():
    p = OptionParser(usage="%prog [options] file...", version="%prog 1.0", prog="tool",
                     description="Process some files in interesting ways. This description is long enough that it has to be wrapped over several lines.",
                     epilog="Report bugs to nobody.")
    p.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
    p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
                 help="don't print status messages to stdout")
    p.add_option("-n", type="int", dest="num", default=3, help="number of things [default: %default]")
    p.add_option("--ratio", type="float")
    p.add_option("-v", action="count", dest="verbosity")
    p.add_option("--mode", choices=["fast", "slow"], default="fast", help="the mode, one of fast or slow")
    p.add_option("-a", "--add", action="append", dest="items")
    p.add_option("--const", action="store_const", const=42)
    p.add_option("--pair", nargs=2, type="int")
    p.add_option("--secret", help=SUPPRESS_HELP)
    def cb(option, opt, value, parser, tag):
        print "callback", opt, value, tag, parser.values.num
        parser.values.cb = value
    p.add_option("--cb", action="callback", callback=cb, type="string", callback_args=("T",),
                 help="a callback option with a very long help text that keeps going and going until it wraps")
    g = OptionGroup(p, "Dangerous Options", "Caution: use these options at your own risk.")
    g.add_option("-g", action="store_true", help="Group option.")
    g.add_option("--extremely-long-option-name-here", action="store_true", help="long")
    p.add_option_group(g)
    return p

p = make()
opts, args = p.parse_args(["-f", "out.txt", "-q", "a", "-n", "0x10", "b", "-vvv", "--mode=slow",
                           "-a", "x", "--add=y", "--const", "--pair", "1", "2", "--cb", "val", "--ra", "2.5", "-gfother", "--", "-z"])
print sorted(vars(opts).items())
print args
opts, args = p.parse_args([])
print sorted(vars(opts).items())
print p.get_usage(),
p.print_help()
print repr(p.format_help())
print p.get_version()
print p.get_option("-f"), p.has_option("--quiet"), p.get_option_group("-g").title, p.defaults["num"]

def attempt(argv):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        sys.stderr.flush()
        print "exit", e.code
for argv in [["-x"], ["--nope"], ["-n", "abc"], ["--mode", "medium"], ["-f"], ["--pair", "1"], ["--quiet=3"], ["--ratio", "x"], ["--version"], ["-h"]]:
    print argv
    sys.stdout.flush()
    attempt(argv)

p2 = OptionParser(prog="p2")
p2.add_option("--abc", action="store_true")
p2.add_option("--abd", action="store_true")
try:
    p2.parse_args(["--ab"])
except SystemExit as e:
    print "exit", e.code
for args, kw in [(("-x", "--xx"), {"action": "bogus"}), (("x",), {}), (("-xy",), {}), (("---x",), {}),
                 (("-b",), {"type": "nonsense"}), (("-b",), {"action": "store_true", "type": "int"}),
                 (("-b",), {"type": "choice"}), (("-b",), {"foo": 1, "bar": 2}), (("-b",), {"action": "callback", "callback": 3}),
                 (("-b",), {"const": 1}), (("-b",), {"action": "count", "nargs": 2}), (("-h",), {})]:
    try:
        p2.add_option(*args, **kw)
    except (OptionError, TypeError) as e:
        print type(e).__name__ + ":", e
v = Values({"a": 1})
print v.ensure_value("b", []), v.ensure_value("a", 5), v == {"a": 1, "b": []}, sorted(vars(v).items())
p3 = OptionParser(add_help_option=False, usage=SUPPRESS_USAGE, formatter=TitledHelpFormatter())
p3.add_option("-x", "--ex", type="int", help="an x")
p3.disable_interspersed_args()
o3, a3 = p3.parse_args(["-x", "1", "arg", "-x", "2"])
print repr(o3).startswith("<Values at 0x"), str(o3), a3
print p3.format_help()
p4 = OptionParser(prog="p4", conflict_handler="resolve")
p4.add_option("-n", "--name", dest="name1")
p4.add_option("-n", dest="name2", help="override")
p4.print_help()
p4.remove_option("--name")
print p4.has_option("--name")
p4.set_defaults(name2="dflt")
print sorted(vars(p4.parse_args([])[0]).items())
