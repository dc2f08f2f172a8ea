import sys, argparse

def attempt(parser, argv):
    print argv
    sys.stdout.flush()
    try:
        ns = parser.parse_args(argv)
        print sorted(vars(ns).items())
    except SystemExit as e:
        sys.stderr.flush()
        print "exit", e.code

p = argparse.ArgumentParser(prog="prog", description="A test program that does several things with its arguments and has a long description.", epilog="That's all.")
p.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
p.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max, help="sum the integers (default: find the max)")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-o", "--output", default="out.txt", help="output file (default: %(default)s)")
p.add_argument("--mode", choices=["a", "b", "c"], help="mode among %(choices)s")
p.add_argument("-x", action="append", type=float)
p.add_argument("--flag", action="store_true")
p.add_argument("--no-color", action="store_false", dest="color")
p.add_argument("--const", action="append_const", const=7)
p.add_argument("--pair", nargs=2, metavar=("K", "V"))
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--many", nargs="*")
p.add_argument("--req-thing", required=False, help=argparse.SUPPRESS)
p.add_argument("--version", action="version", version="%(prog)s 2.0")
p.print_help()
p.print_usage()
for argv in [["1", "2", "3"], ["1", "--sum", "4", "-vv", "--mode", "b", "-x", "1.5", "-x2"],
             ["--opt", "5", "--opt", "--flag", "--no-color", "--const", "--const", "--pair", "a", "b"],
             ["--many", "a", "b", "--", "-5"], ["-vvv", "--output=f.txt", "9"], ["--out", "g", "3"],
             [], ["x"], ["1", "--mode", "z"], ["1", "--bogus"], ["1", "extra", "--pair", "a"], ["1", "-x"], ["1", "--flag=3"], ["--ver"], ["-h"]]:
    attempt(p, argv)

# positionals with various nargs
q = argparse.ArgumentParser(prog="q")
q.add_argument("first")
q.add_argument("opt", nargs="?", default="dflt")
q.add_argument("rest", nargs="*")
q.add_argument("-f", type=int, default="5")
for argv in [["a"], ["a", "b"], ["a", "b", "c", "d"], ["-f", "3", "a", "b", "c"], ["a", "-f", "1", "b"], ["-1"], ["a", "-f", "x"]]:
    attempt(q, argv)
print q.format_usage(),
r = argparse.ArgumentParser(prog="r")
r.add_argument("cmd")
r.add_argument("args", nargs=argparse.REMAINDER)
attempt(r, ["run", "-x", "--y", "z"])
print r.parse_known_args(["a", "b"])

# subparsers
s = argparse.ArgumentParser(prog="git")
s.add_argument("--git-dir")
sub = s.add_subparsers(dest="command", help="sub-command help")
c1 = sub.add_parser("commit", help="record changes")
c1.add_argument("-m", "--message", required=True)
c1.add_argument("-a", action="store_true")
c2 = sub.add_parser("push", help="update remote")
c2.add_argument("remote", nargs="?", default="origin")
s.print_help()
c1.print_help()
for argv in [["commit", "-m", "hi", "-a"], ["--git-dir", "/x", "push"], ["push", "up"], ["pull"], ["commit"], []]:
    attempt(s, argv)

# mutually exclusive and groups
m = argparse.ArgumentParser(prog="m")
g = m.add_mutually_exclusive_group(required=True)
g.add_argument("--foo", action="store_true")
g.add_argument("--bar", action="store_false")
grp = m.add_argument_group("extra", "Extra options here.")
grp.add_argument("--baz", type=int, help="a baz")
m.print_help()
for argv in [["--foo"], ["--foo", "--bar"], [], ["--baz", "2", "--bar"]]:
    attempt(m, argv)

# errors at declaration
for args, kw in [(("-x",), {"action": "store", "nargs": 0}), (("x",), {"required": True}), (("x",), {"dest": "y"}),
                 (("--x",), {"action": "wat"}), (("--x",), {"type": 3}), (("-",), {})]:
    try:
        argparse.ArgumentParser(prog="e").add_argument(*args, **kw)
    except (ValueError, TypeError) as e:
        print type(e).__name__ + ":", e
try:
    e = argparse.ArgumentParser(prog="e")
    e.add_argument("--a")
    e.add_argument("--a")
except argparse.ArgumentError as e:
    print "ArgumentError:", e
print argparse.Namespace(a=1, b="x"), argparse.Namespace(a=1) == argparse.Namespace(a=1), "a" in argparse.Namespace(a=1)

# formatter classes, parents, prefix chars, defaults
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--parent-opt", default=3, type=int, help="from parent")
child = argparse.ArgumentParser(prog="child", parents=[parent], formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                                description="line one\n   line two")
child.add_argument("pos", nargs="*", default=[1], help="positional")
child.set_defaults(extra="yes")
child.print_help()
print sorted(vars(child.parse_args([])).items()), child.get_default("extra")
raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawTextHelpFormatter, description="keep\n  this   layout", prefix_chars="+-")
raw.add_argument("+p", help="plus\n  option")
raw.add_argument("-m", action="store_true")
raw.print_help()
print sorted(vars(raw.parse_args(["+p", "v", "-m"])).items())
long = argparse.ArgumentParser(prog="a_rather_long_program_name")
for i in range(8):
    long.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i)
long.add_argument("positional_one")
long.add_argument("positional_two", nargs="+")
long.print_usage()
def pos_int(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % s)
    return v
t = argparse.ArgumentParser(prog="t")
t.add_argument("n", type=pos_int)
attempt(t, ["-3"])
attempt(t, ["0"])
attempt(t, ["4"])
