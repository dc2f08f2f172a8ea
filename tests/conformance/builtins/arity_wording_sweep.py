# Argument-count and keyword refusals of built-in functions in CPython 2.7's
# words: PyArg_ParseTuple ones say "takes exactly 1 argument", METH_O ones
# "exactly one argument", METH_NOARGS ones "takes no arguments".
import __builtin__


def show(label, f):
    try:
        f()
        print label, 'ok'
    except TypeError as e:
        print label, 'TypeError:', e


for name in ['chr', 'unichr', 'intern', 'super', 'globals', 'locals', 'len', 'abs', 'ord']:
    f = getattr(__builtin__, name)
    for args in [(), (65, 2), (1, 2, 3)]:
        show('%s%r' % (name, args), lambda: f(*args))
show('globals direct', lambda: globals(1))
show('locals direct', lambda: locals(1, 2))
show('globals kw', lambda: globals(x=1))
show('dir kw', lambda: dir([], x=1))
show('vars kw', lambda: vars(x=1))
show('eval none', lambda: eval())
show('eval four', lambda: eval('1', {}, {}, 1))
show('eval kw', lambda: eval('1', x=1))
show('__import__ int', lambda: __import__(1))
show('__import__ float', lambda: __import__(1.5, {}))
show('__import__ none', lambda: __import__())
show('basestring', lambda: basestring())
show('basestring arg', lambda: basestring(1))
show('super int', lambda: super(1))
show('super three', lambda: super(int, 1, 2))
show('reversed kw', lambda: reversed([], x=1))
show('xrange kw', lambda: xrange(1, x=1))
show('slice kw', lambda: slice(1, x=1))
show('type kw one', lambda: type(1, x=1))
show('type kw three', lambda: type('A', (), {}, x=1))
show('classmethod kw', lambda: classmethod(len, x=1))
print chr(65), unichr(66), intern('x'), super(int).__thisclass__


class A(object):
    def f(self):
        return 'A.f'


class B(A):
    pass


b = B()
s = super(B, b)
print s.__thisclass__, s.__self__ is b, s.__self_class__, s.f()
s = super(B, B)
print s.__thisclass__, s.__self__ is B, s.__self_class__
s = super(B)
print s.__thisclass__, s.__self__, s.__self_class__
