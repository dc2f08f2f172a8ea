# eval(), the exec statement, execfile() and compile(): namespaces, locals,
# comprehension leaks, errors.
def t(label, f):
    try:
        r = f()
        print label, repr(r)
    except Exception as e:
        print label, type(e).__name__, e
x = 10
t("eval simple", lambda: eval("1 + 2 * 3"))
t("eval global", lambda: eval("x * 2"))
t("eval ws", lambda: eval("  x  "))
t("eval newline", lambda: eval("x\n"))
t("eval dict", lambda: eval("a + b", {"a": 1, "b": 2}))
t("eval locals", lambda: eval("a + b", {"a": 1}, {"b": 5}))
t("eval builtins", lambda: eval("len('abc')", {}))
def f():
    y = 5
    return eval("x + y")
t("eval in func", f)
t("eval lc leak", lambda: eval("[q for q in range(3)] and q"))
t("eval gen no leak", lambda: eval("list(z for z in range(3)) and z"))
t("eval syntax", lambda: eval("1 +"))
t("eval stmt", lambda: eval("y = 1"))
t("eval int", lambda: eval(5))
t("eval bad globals", lambda: eval("1", [1]))
t("eval lambda", lambda: eval("lambda v: v + x")(1))
g = {}
exec "z = 3\ndef h(): return z * 2" in g
print sorted(k for k in g if k != "__builtins__"), g["h"](), "__builtins__" in g
exec "x = 42"
print x
exec("w = 7")
print w
def ff():
    exec "print 'inner', x"
ff()
c = compile("x + 1", "<calc>", "eval")
print eval(c), type(c).__name__
c2 = compile("q2 = x * 3", "<calc>", "exec")
exec c2
print q2
t("compile bad mode", lambda: compile("1", "f", "bad"))
t("exec syntax", lambda: eval(compile("def", "<mine>", "exec")))
l = {}
exec "v = 1" in {}, l
print l
class K:
    exec "attr = 5"
print K.attr
try:
    eval("1/0")
except ZeroDivisionError as e:
    print "zde", e
try:
    exec "raise ValueError('from exec')"
except ValueError as e:
    print "ve", e
print eval("__name__")
ns = {"__name__": "mod"}
exec "print __name__" in ns
helper = open("_eval_exec_helper.txt", "w")
helper.write("made = x + 1\n")
helper.close()
execfile("_eval_exec_helper.txt")
print made
ns = {}
execfile("_eval_exec_helper.txt", {"x": 100}, ns)
print ns
import os
os.remove("_eval_exec_helper.txt")
print map(eval, ["1+1", "x"])
