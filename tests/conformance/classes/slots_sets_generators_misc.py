# Unset __slots__ attributes (AttributeError with just the name), cmp() of
# two sets, generator.gi_running.
def t(label, f):
    try:
        r = f()
        print label, repr(r)
    except Exception as e:
        print label, type(e).__name__, e
class A(object):
    __slots__ = ("x",)
class B(A):
    __slots__ = ("y",)
class C(A):
    pass
t("slot unset", lambda: A().x)
t("inherited slot unset", lambda: B().x)
t("own slot unset", lambda: B().y)
t("slot with dict subclass", lambda: C().x)
t("not a slot", lambda: A().z)
def d():
    a = A()
    del a.x
t("del unset slot", d)
def s():
    a = A()
    a.x = 5
    return a.x
t("set slot", s)
t("cmp sets", lambda: cmp(set(), set()))
t("cmp frozensets", lambda: cmp(frozenset([1]), frozenset([2])))
t("cmp set frozenset", lambda: cmp(set([1]), frozenset([1])))
t("cmp set list", lambda: cmp(set(), []) != 0)
t("set ordering ops", lambda: (set([1]) < set([1, 2]), set([1]) <= set([1]), set([3]) > set([1])))
def gen():
    yield g.gi_running
g = gen()
t("gi_running before", lambda: g.gi_running)
t("gi_running inside", lambda: g.next())
t("gi_running after", lambda: g.gi_running)
