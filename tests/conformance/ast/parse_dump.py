# ast.parse / compile(..., PyCF_ONLY_AST): the tree of each kind of statement
# and expression, with positions, as 2.7 shapes it.
import ast


def to_tuple(t):
    if t is None or isinstance(t, (basestring, int, long, float, complex)):
        return t
    if isinstance(t, list):
        return [to_tuple(e) for e in t]
    out = [t.__class__.__name__]
    if hasattr(t, 'lineno') and hasattr(t, 'col_offset'):
        out.append((t.lineno, t.col_offset))
    for f in t._fields:
        out.append(to_tuple(getattr(t, f)))
    return tuple(out)

SOURCES = [
    "x = y = 1 + 2 * 3",
    "a.b[1:2, ...] += -f(x, y=2, *s, **k)",
    "print >>f, 1, 2,",
    "print",
    "def f(a, (b, c), d=1, *e, **g):\n  '''doc'''\n  yield a\n  return",
    "@deco\nclass C(B, D):\n  x = 1",
    "try:\n  pass\nexcept (A, B) as e:\n  pass\nexcept:\n  pass\nelse:\n  x\nfinally:\n  y",
    "try:\n  pass\nfinally:\n  y",
    "with a as b, c as (d, e):\n  pass",
    "exec code in g, l",
    "from ..m import (a as b, c)",
    "from __future__ import division",
    "from m import *",
    "import a.b as c, d",
    "global x, y",
    "del a, b[0], c.d",
    "raise E, v, tb",
    "assert x, 'msg'",
    "while x:\n  break\nelse:\n  continue",
    "if a:\n  pass\nelif b:\n  pass\nelse:\n  pass",
    "for i in range(3): pass",
    "lambda x, y=2: x if y else -y",
    "[x for x in y if x for z in w]",
    "{k: v for k, v in d.items()}",
    "{x for x in s}",
    "(x for x in s)",
    "{1: 2, 3: 4}, {1, 2}",
    "a < b <= c is not d not in e",
    "not a and b or c",
    "`x`, ~x, +x",
    "x[::], x[::2], x[a], x[1, 2], x[:, 1]",
    "'abc' 'd', u'\\xe9', 1L, 1.5, 2j, 0x10, -1, -2.5",
]

for src in SOURCES:
    print to_tuple(ast.parse(src))

print to_tuple(compile("1 + 2", "<s>", "single", ast.PyCF_ONLY_AST))
print to_tuple(ast.parse("a.b(c)", mode="eval"))
print ast.dump(ast.parse("f(x, 'y')"))
print ast.dump(ast.parse("f(x, 'y')"), annotate_fields=False)
print ast.dump(ast.parse("f(x)"), include_attributes=True)

for bad in ["x = ", "def f(:", "1 = 2"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print "SyntaxError", e.msg, e.lineno
