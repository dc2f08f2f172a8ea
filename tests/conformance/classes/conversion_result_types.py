# Conversion methods must return the right type (__int__, __long__, __float__,
# __hex__, __oct__, __index__); subclasses of it are accepted.
def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e
class A(object):
    def __int__(self): return 'x'
    def __float__(self): return 'y'
    def __str__(self): return 5
    def __repr__(self): return 6
    def __hash__(self): return 'h'
    def __index__(self): return 'i'
    def __len__(self): return 2
    def __nonzero__(self): return 'nz'
    def __long__(self): return 1.5
    def __hex__(self): return 5
    def __oct__(self): return 5
a = A()
t(lambda: int(a))
t(lambda: float(a))
t(lambda: str(a))
t(lambda: repr(a))
t(lambda: hash(a))
t(lambda: [1, 2][a])
t(lambda: bool(a))
t(lambda: long(a))
t(lambda: hex(a))
t(lambda: oct(a))
t(lambda: '%d' % a)
t(lambda: '%s' % a)
t(lambda: '%x' % a)

class B(object):
    def __int__(self): return 2L ** 70
    def __float__(self): return 1
    def __hash__(self): return 2L ** 70
print int(B()), type(int(B())).__name__
t(lambda: float(B()))
print hash(B()) == hash(2 ** 70)
class C(int):
    pass
print int(C(5)), type(int(C(5))).__name__, C(5) + 1, type(C(5) + 1).__name__, repr(C(7)), str(C(7))
class Fl(float):
    def __repr__(self): return 'Fl!'
print Fl(1.5), [Fl(1.5)], str(Fl(1.5)), float(Fl(1.5)) + 1
class St(str):
    def __str__(self): return 'St.str'
print St('abc'), str(St('abc')), '%s' % St('abc'), St('abc') + 'd', St('x').upper(), type(St('x').upper()).__name__
class I2(int):
    pass
class RetSub(object):
    def __int__(self): return I2(4)
    def __float__(self): return Fl(2.5)
    def __long__(self): return 3
print int(RetSub()), float(RetSub()), long(RetSub()), type(long(RetSub())).__name__
