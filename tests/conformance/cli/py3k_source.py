# minipy-test: flags=-3
# -3: the warnings CPython gives while reading source (<>, backquotes, tuple
# and parenthesized parameters, True/False/nonlocal as names), classic
# division, __eq__ without __hash__, and a few removed library functions
import warnings
print 1 <> 2, 3 <> 3
x = `1` + `[2]`
print x
def f((a, b), c):
    return a + b + c
print f((1, 2), 3)
g = lambda (p, q): p * q
print g((4, 5))
def h((a), b=1):
    return a, b
print h(7)
def nonlocal(): return 'n'
print nonlocal()
print 7 / 2, 7L / 2, 7 // 2, 7.0 / 2
n = 9
n /= 2
print n
def div(a, b):
    return a / b
print div(10, 3), div(10, 3), div(2L, 1)
class A(object):
    def __eq__(self, o):
        return True
class B(A):
    def __eq__(self, o):
        return False
class C(object):
    __hash__ = None
class D(C):
    def __eq__(self, o):
        return True
class E:
    def __eq__(self, o):
        return True
class F(object):
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 1
T = type('T', (object,), {'__eq__': lambda s, o: True})
print A() == 1, B() == 1, hash(F())
print map(None, [1, 2]), map(None, [1], [2])
import operator
print operator.isCallable(len), operator.sequenceIncludes([1, 2], 2)
# Source compiled at run time warns with its own file name.
code = compile('y = 1 <> 2\nz = `y`\n', 'gen.py', 'exec')
exec code
print y, z
# A SyntaxWarning turned into an error is a SyntaxError, as CPython's AST
# builder reports it.
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        compile('\n`1`\n', 'bad.py', 'exec')
    except SyntaxError as e:
        print 'SyntaxError', e.msg, e.filename, e.lineno
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    for i in range(2):
        i / 2
        compile('a <> b', 'w.py', 'eval')
print [(w.category.__name__, str(w.message), w.lineno) for w in log]
