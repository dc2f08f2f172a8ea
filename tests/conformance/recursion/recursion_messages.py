# The suffix of 2.7's "maximum recursion depth exceeded" names where the
# limit was hit: plain in Python frames, "while calling a Python object"
# when the recursion goes through a slot (__repr__, __eq__, __call__),
# "while getting the repr of an object" / "in cmp" in nested containers.
# Which check trips depends on how many levels each step counts, as in
# CPython (a slot call of a bound method counts twice).
import sys
sys.setrecursionlimit(200)
def t(label, f):
    try:
        f()
        print label, 'ok'
    except RuntimeError as e:
        print label, e
def plain():
    plain()
t('plain', plain)
class C(object):
    def __call__(self):
        return self()
t('__call__', C())
class R(object):
    def __repr__(self):
        return repr(self)
t('repr', lambda: repr(R()))
class S(object):
    def __str__(self):
        return str(self)
t('str', lambda: str(S()))
class E(object):
    def __eq__(self, o):
        return self == o
t('eq', lambda: E() == E())
class L(object):
    def __lt__(self, o):
        return self < o
t('lt', lambda: L() < L())
class H(object):
    def __hash__(self):
        return hash(self)
t('hash', lambda: hash(H()))
class G(object):
    def __getattr__(self, n):
        return getattr(self, n)
t('getattr', lambda: G().x)
class Ln(object):
    def __len__(self):
        return len(self)
t('len', lambda: len(Ln()))
class It(object):
    def __iter__(self):
        return iter(self)
t('iter', lambda: iter(It()))
class A(object):
    def __add__(self, o):
        return self + o
t('add', lambda: A() + 1)
x = []
for i in range(1000):
    x = [x]
t('list repr', lambda: repr(x))
x = ()
for i in range(1000):
    x = (x,)
t('tuple repr', lambda: repr(x))
x = {}
for i in range(1000):
    x = {1: x}
t('dict repr', lambda: repr(x))
x = []
for i in range(1000):
    x = [x]
y = []
for i in range(1000):
    y = [y]
t('list eq', lambda: x == y)
t('list cmp', lambda: cmp(x, y))
t('list lt', lambda: x < y)
x = ()
for i in range(1000):
    x = (x,)
y = ()
for i in range(1000):
    y = (y,)
t('tuple eq', lambda: x == y)
x = {}
for i in range(1000):
    x = {1: x}
y = {}
for i in range(1000):
    y = {1: y}
t('dict eq', lambda: x == y)
f = lambda: f()
t('lambda', f)
class P(object):
    @property
    def p(self):
        return self.p
t('property', lambda: P().p)
def ap():
    apply(ap)
t('apply', ap)
n = [0]
class Rn(object):
    def __repr__(self):
        n[0] += 1
        return repr(self)
t('repr levels', lambda: repr(Rn()))
print n[0]
n = [0]
class Hn(object):
    def __hash__(self):
        n[0] += 1
        return hash(self)
t('hash levels', lambda: hash(Hn()))
print n[0]
