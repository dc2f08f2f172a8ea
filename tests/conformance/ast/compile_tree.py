# compile() of node objects: trees from ast.parse, edited trees, trees built
# by hand, and the errors for malformed ones.
import ast

src = """
def f(a, b=2, *c, **d):
    total = a + b
    for x in c:
        total += x
    return total, sorted(d)

class K(object):
    def m(self):
        return [i * 2 for i in range(3) if i]

try:
    1 / 0
except ZeroDivisionError as e:
    caught = type(e).__name__
finally:
    done = True
with open(__file__) as fh:
    first = fh.readline()[:10]
z = 5
"""
ns = {'__file__': __file__}
exec compile(ast.parse(src), "<tree>", "exec") in ns
print ns['f'](1, 2, 3, 4, k=1), ns['K']().m(), ns['caught'], ns['done'], ns['z'], repr(ns['first'])

# An edited tree.
tree = ast.parse("x = 1 + 2", mode="exec")
tree.body[0].value.op = ast.Mult()
ns = {}
exec compile(tree, "<t>", "exec") in ns
print ns['x']

# A tree made by hand, its positions filled in.
call = ast.Call(ast.Name('len', ast.Load()), [ast.Str('abcd')], [], None, None)
expr = ast.fix_missing_locations(ast.Expression(call))
print eval(compile(expr, "<h>", "eval"))
print ast.dump(expr, include_attributes=True)

# A NodeTransformer rewriting names to constants.
class Consts(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id.startswith('C_'):
            return ast.copy_location(ast.Num(int(node.id[2:])), node)
        return node

t = Consts().visit(ast.parse("C_3 * C_4 + len('ab')", mode="eval"))
print eval(compile(t, "<x>", "eval"))

class Count(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)

c = Count()
c.visit(ast.parse("a + b * f(c, d=e)"))
print c.names
print sorted(type(n).__name__ for n in ast.walk(ast.parse("a + b")))
print list(ast.iter_fields(ast.parse("x", mode="eval").body))[0]
print [type(n).__name__ for n in ast.iter_child_nodes(ast.parse("f(1, a=2)", mode="eval").body)]
print ast.get_docstring(ast.parse('"""  Doc\n   more\n"""\nx'))
print ast.get_docstring(ast.parse('def f():\n "x  "\n'), clean=False)
print ast.dump(ast.increment_lineno(ast.parse("a"), 4), include_attributes=True)
print ast.literal_eval("[1, -2, (3.5, 'x', u'y'), {None: True}, 1-2j]")
print ast.literal_eval(ast.parse("(1, 2)", mode="eval"))

def show(f):
    try:
        f()
    except Exception as e:
        print type(e).__name__, e

show(lambda: ast.literal_eval("a + 1"))
show(lambda: ast.literal_eval("2 + (3 + 4j)"))
show(lambda: compile(ast.Module([ast.Expr(ast.Name(u"x", ast.Load()))]), "<t>", "exec"))
show(lambda: compile(ast.fix_missing_locations(ast.Module([ast.Expr(ast.Str(42))])), "<t>", "exec"))
show(lambda: compile(ast.Expression(ast.Num(1)), "<t>", "exec"))
show(lambda: compile(ast.Module([ast.Pass()]), "<t>", "exec"))
show(lambda: compile(ast.fix_missing_locations(ast.Module([ast.Expr()])), "<t>", "exec"))
show(lambda: compile(3, "<t>", "exec"))
show(lambda: ast.Num(1, 2))
show(lambda: ast.BinOp(1, 2))
show(lambda: ast.AST(1))
show(lambda: ast.dump(3))
show(lambda: ast.get_docstring(ast.Num(1)))

# Node classes.
print ast.BinOp._fields, ast.stmt._attributes, ast.Sub()._fields, ast.comprehension._fields
print issubclass(ast.For, ast.stmt), issubclass(ast.Gt, ast.cmpop), issubclass(ast.Load, ast.expr_context)
n = ast.Num(42, lineno=3)
print n.n, n.lineno, hasattr(n, 'col_offset')
x = ast.arguments(1, 2, 3, 4)
print x.args, x.vararg, x.kwarg, x.defaults
print ast.parse("a; b").body[0].value.ctx is ast.parse("c").body[0].value.ctx

import pickle
t = ast.parse("x = [1, 'a'] if y else None")
for proto in 0, 1, 2:
    print ast.dump(pickle.loads(pickle.dumps(t, proto))) == ast.dump(t)
