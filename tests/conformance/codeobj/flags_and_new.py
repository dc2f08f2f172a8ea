# Code object attributes 2.7 programs read (co_flags bits, co_stacksize,
# co_lnotab's shape), the future-feature checks, and the `new` module.
import new

CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 1, 2, 4, 8
CO_NESTED, CO_GENERATOR, CO_NOFREE = 0x10, 0x20, 0x40

def plain(a, b):
    return a + b

def star(*a, **k):
    pass

def outer():
    x = 1
    def inner():
        return x
    return inner

def gen():
    yield 1

def with_exec():
    exec "y = 1"

for f in plain, star, outer, outer(), gen, with_exec:
    fl = f.func_code.co_flags
    print f.__name__, [name for name, bit in [('OPTIMIZED', CO_OPTIMIZED), ('NEWLOCALS', CO_NEWLOCALS),
                                              ('VARARGS', CO_VARARGS), ('VARKEYWORDS', CO_VARKEYWORDS),
                                              ('NESTED', CO_NESTED), ('GENERATOR', CO_GENERATOR),
                                              ('NOFREE', CO_NOFREE)] if fl & bit]

mod = compile("x = 1\ny = 2\n", "<m>", "exec")
print mod.co_flags & 0xff, type(mod.co_code), type(mod.co_lnotab), len(mod.co_lnotab) % 2
print plain.func_code.co_stacksize > 0, isinstance(plain.func_code.co_stacksize, int)
print sorted(n for n in dir(plain.func_code) if n.startswith('co_'))

# new
class Eggs:
    def __init__(self):
        raise AssertionError("not called")
    def get(self):
        return self.yolks

C = new.classobj('Spam', (Eggs,), {'more': lambda self: self.yolks + 3})
d = {'yolks': 3}
c = new.instance(C, d)
print c.get(), c.more(), c.__dict__ == d, new.instance(C).__dict__
m = new.module('Spam')
print type(m).__name__, m.__name__
def brk(self):
    self.yolks -= 2
im = new.instancemethod(brk, c, C)
im()
print c.get()
f = new.function(plain.func_code, {}, 'renamed', (10,))
print f.__name__, f(1)
for bad in [lambda: new.instance(int), lambda: new.instance(C, [1]),
            lambda: new.instancemethod(brk, None)]:
    try:
        bad()
    except TypeError as e:
        print 'TypeError', e

# Code objects compare by contents.
a = compile('x = 1', 'f', 'exec')
print a == compile('x = 1', 'f', 'exec'), a != compile('x = 1', 'f', 'exec'), a == compile('x = 2', 'f', 'exec')
import ast
print compile(ast.parse('y = [1, 2]'), 'g', 'exec') == compile('y = [1, 2]', 'g', 'exec')
