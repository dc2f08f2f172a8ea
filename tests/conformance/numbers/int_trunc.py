# int()/long()/float()/complex() of objects: __int__, __long__, __trunc__ and classic instances.
class C: pass
class T:
    def __trunc__(self): return 5
class N(object): pass
class Cl: pass
def show(f, o):
    try: r = f(o); print type(r).__name__, r
    except Exception as e: print type(e).__name__, e
for f in (int, long, float, complex):
    for o in (C(), T(), N()):
        show(f, o)
for base in (object, Cl):
    for rb in (object, Cl):
        class Integral(rb):
            def __int__(self): return 42
        class NonIntegral(rb):
            def __trunc__(self): return NonIntegral()
        class A(base):
            def __trunc__(self): return Integral()
        class B(base):
            def __trunc__(self): return NonIntegral()
        class D(base):
            def __trunc__(self): return True
        class E(base):
            def __int__(self): return 42
            def __trunc__(self): return -12
        for f in (int, long):
            for k in (A, B, D, E):
                show(f, k())
class IntSub(int): pass
class D2:
    def __trunc__(self): return True
show(IntSub, D2())
class F5(int):
    def __int__(self): return 42.
show(int, F5())
class L5(long):
    def __long__(self): return 42.
show(long, L5())
