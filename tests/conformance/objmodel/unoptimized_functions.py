# import * and bare exec in functions: allowed unless free variables are around (CPython 2's check_unoptimized).
import warnings; warnings.simplefilter('ignore', SyntaxWarning)
def check(src):
    try:
        compile(src, '<s>', 'exec')
        print 'ok'
    except SyntaxError as e:
        print 'SyntaxError', e.msg, e.lineno
check("def unoptimized_clash1(strip):\n    def f(s):\n        from string import *\n        return strip(s)\n    return f\n")
check("def unoptimized_clash2():\n    from string import *\n    def f(s):\n        return strip(s)\n    return f\n")
check("def error(y):\n    exec 'a = 1'\n    def f(x):\n        return x + y\n    return f\n")
check("def f():\n    def g():\n        from string import *\n        return strip\n")
check("def f():\n    exec 'a=1'\n    from string import *\n    def g(): return len\n")
check("def f():\n    exec 'a=1' in {}\n    def g(): return len\n")
ns = {}
exec """
def noproblem1():
    from string import *
    f = lambda x:x
    return f(upper('a'))

def noproblem2():
    from string import *
    def f(x):
        return x + 1
    return f(1), lower('B')

def noproblem3():
    from string import *
    def f(x):
        global y
        y = x
    f(3)
    return y, capitalize('abc')
""" in ns
print ns['noproblem1'](), ns['noproblem2'](), ns['noproblem3']()
