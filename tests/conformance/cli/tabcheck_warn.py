# minipy-test: flags=-t
# -t: one warning per source whose indentation depends on the tab size
import sys
print sys.flags.tabcheck
if 1:
        x = 1
	y = 2
print x, y
src = "if 1:\n        a = 1\n\tb = 2\n\tc = 3\n        d = 4\n"
ns = {}
exec src in ns
print sorted(k for k in ns if k != "__builtins__")
sys.stderr.flush()
code = compile("if 1:\n\tp = 1\n        q = 2\n", "named.py", "exec")
sys.stderr.flush()
exec "if 1:\n\tp = 1\n\tq = 2\n"
print "consistent tabs: no warning"
try:
    exec "if 1:\n    x = 1\n\ty = 2\n"
except SyntaxError as e:
    print type(e).__name__, e.args
