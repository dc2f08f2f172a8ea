# SyntaxError built by hand and raised by eval/compile/exec: its attributes
# and str().
def t(label, f):
    try:
        r = f()
        print label, repr(r)
    except Exception as e:
        print label, type(e).__name__, e
e = SyntaxError("msg", ("dir/f.py", 1, 2, "txt"))
print e.msg, e.filename, e.lineno, e.offset, e.text, e.print_file_and_line, e.args
print str(e), repr(e)
e = SyntaxError("m")
print str(e), e.msg, e.filename, e.lineno
print repr(str(SyntaxError()))
print str(SyntaxError("m", (None, 3, None, None)))
print str(SyntaxError("m", ("x.py", None, None, None)))
print str(IndentationError("m", ("f", 2, 1, "t")))
try:
    eval("1 +")
except SyntaxError as e:
    print e, "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text)
try:
    compile("x = = 1", "prog.py", "exec")
except SyntaxError as e:
    print e, "|", e.lineno, e.offset
try:
    exec "for"
except SyntaxError as e:
    print "exec:", e
class MySE(SyntaxError): pass
print str(MySE("q", ("z", 9, 1, "t")))
