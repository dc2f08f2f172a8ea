# minipy-test: flags=-tt
# -tt: ambiguous indentation is a TabError
import sys
print sys.flags.tabcheck
srcs = [
    "if 1:\n        x = 1\n\ty = 2\n",
    "if 1:\n    x = 1\n\ty = 2\n",
    "if 1:\n\tif 2:\n\t\tx = 1\n        y = 2\n",
    "if 1:\n\tif 2:\n\t\tx = 1\n\ty = 2\n",
    "if 1:\n  \tx = 1\n\ty = 2\n",
    "if 1:\n\tx = 1\n\t  y = 2\n",
]
for src in srcs:
    try:
        compile(src, "f.py", "exec")
        print "ok"
    except SyntaxError as e:
        print type(e).__name__, e.args, issubclass(type(e), IndentationError)
exec "if 1:\n        x = 1\n\ty = 2\n"
