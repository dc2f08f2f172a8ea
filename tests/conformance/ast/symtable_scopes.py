# symtable: the scopes of a module and how each name in them is found.
import symtable

SRC = '''
import os.path as p, sys
from m import a, b as c
g = 1
class K(Base):
    attr = 2
    def meth(self, (x, y), *rest):
        return attr, x, self
    def meth(self): pass
def outer(a, b=3, **kw):
    global g2
    g2 = a
    v = 1
    def inner():
        def innermost():
            return v + a
        return innermost
    lam = lambda q: q + v
    gen = (i * v for i in range(a))
    s = {j for j in kw}
    d = {k: a for k in kw}
    l = [m for m in kw]
    yield l
def ex():
    exec "x = 1" in {}
'''

def show(t, depth=0):
    pad = '  ' * depth
    print pad + '%s %s line %d opt=%s nested=%s children=%s exec=%s star=%s' % (
        t.get_type(), t.get_name(), t.get_lineno(), t.is_optimized(), t.is_nested(),
        t.has_children(), t.has_exec(), t.has_import_star())
    if isinstance(t, symtable.Function):
        print pad + '  params', sorted(t.get_parameters())
        print pad + '  locals', sorted(t.get_locals())
        print pad + '  globals', sorted(t.get_globals())
        print pad + '  frees', sorted(t.get_frees())
    if isinstance(t, symtable.Class):
        print pad + '  methods', t.get_methods()
    for name in sorted(n for n in t.get_identifiers() if not n.startswith(('.', '_['))):
        s = t.lookup(name)
        marks = [m for m in ('referenced', 'parameter', 'global', 'declared_global', 'local',
                             'free', 'imported', 'assigned', 'namespace')
                 if getattr(s, 'is_' + m)()]
        print pad + '  %s: %s' % (s.get_name(), ' '.join(marks))
    for c in t.get_children():
        show(c, depth + 1)

top = symtable.symtable(SRC, "<src>", "exec")
show(top)
ns = top.lookup('K').get_namespace()
print ns.get_name(), len(ns.lookup('meth').get_namespaces())
try:
    ns.lookup('meth').get_namespace()
except ValueError as e:
    print 'ValueError', e
try:
    top.lookup('nothing')
except KeyError as e:
    print 'KeyError', e
for bad in ["def f(x): global x", "x = = 1"]:
    try:
        symtable.symtable(bad, "bad.py", "exec")
    except SyntaxError as e:
        print 'SyntaxError', e.msg, e.filename
print symtable.symtable("42", "?", "eval").get_type()
print symtable.symtable("x = 1", "?", "single").get_identifiers()
