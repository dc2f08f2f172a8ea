# The slot methods of int, long, float and bool called explicitly, as
# subclasses and functional code do: int.__add__(x, y), (3).real, ...
def t(label, f):
    try:
        r = f()
        print label, repr(r), type(r).__name__
    except Exception as e:
        print label, type(e).__name__, e

t("int add long", lambda: (3).__add__(2L))
t("long add int", lambda: (3L).__add__(2))
t("float add long", lambda: (3.0).__add__(2L))
t("int add bool", lambda: (3).__add__(True))
t("int add float", lambda: (3).__add__(1.5))
t("int add str", lambda: (3).__add__("a"))
t("bool add", lambda: True.__add__(1))
t("bool and int", lambda: True.__and__(1))
t("bool and bool", lambda: True.__and__(True))
t("bool or", lambda: True.__or__(False))
t("bool xor", lambda: True.__xor__(1))
t("rpow mod", lambda: (3).__rpow__(2, 5))
t("pow mod", lambda: (3).__pow__(2, 5))
t("pow None", lambda: (3).__pow__(2, None))
t("long pow mod", lambda: (3L).__pow__(2, 5))
t("float pow mod", lambda: (3.0).__pow__(2, 5))
t("pow neg", lambda: (2).__pow__(-1))
t("rpow", lambda: (2).__rpow__(3))
for name in ["__div__", "__truediv__", "__floordiv__", "__mod__", "__divmod__",
             "__rdiv__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rdivmod__",
             "__sub__", "__rsub__", "__mul__", "__rmul__"]:
    t("7 " + name + " -2", lambda: getattr(7, name)(-2))
    t("7L " + name + " 2", lambda: getattr(7L, name)(2))
    t("7.5 " + name + " 2", lambda: getattr(7.5, name)(2))
for name in ["__lshift__", "__rshift__", "__and__", "__or__", "__xor__",
             "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__"]:
    t("5 " + name + " 3", lambda: getattr(5, name)(3))
    t("5L " + name + " 3", lambda: getattr(5L, name)(3))
t("zero div", lambda: (5).__div__(0))
t("float zero div", lambda: (5.0).__truediv__(0))
for v in [5, -5, 5L, -5.5, True, 2 ** 70]:
    for name in ["__neg__", "__pos__", "__abs__", "__invert__", "__int__", "__long__",
                 "__float__", "__trunc__", "__index__", "__nonzero__", "__hex__", "__oct__",
                 "__repr__", "__str__", "__getnewargs__"]:
        if hasattr(v, name):
            t(repr(v) + " " + name, getattr(v, name))
        else:
            print repr(v), name, "missing"
print (3).__hash__() == hash(3), (3.5).__hash__() == hash(3.5), (2 ** 70).__hash__() == hash(2 ** 70)
t("format int", lambda: (3).__format__("05d"))
t("format float", lambda: (3.5).__format__(".3f"))
t("format empty", lambda: (3.5).__format__(""))
t("cmp", lambda: (3).__cmp__(4))
t("cmp bool", lambda: (3).__cmp__(True))
t("cmp float", lambda: (3).__cmp__(4.0))
t("cmp long", lambda: (3).__cmp__(4L))
t("long cmp int", lambda: (3L).__cmp__(4))
t("cmp str", lambda: (3).__cmp__("a"))
t("float eq int", lambda: (3.0).__eq__(3))
t("float lt long", lambda: (3.0).__lt__(4L))
t("float eq str", lambda: (3.0).__eq__("a"))
t("float ne nan", lambda: float("nan").__ne__(1.0))
t("coerce float", lambda: (3).__coerce__(2.0))
t("coerce int", lambda: (3).__coerce__(2))
t("coerce long", lambda: (3).__coerce__(2L))
t("long coerce int", lambda: (3L).__coerce__(2))
t("float coerce", lambda: (3.0).__coerce__(2L))
t("coerce bool", lambda: (3).__coerce__(True))
for v in [3, 3L, 2.5, True]:
    for attr in ["real", "imag", "numerator", "denominator"]:
        t(repr(v) + "." + attr, lambda: getattr(v, attr))
t("unbound on float", lambda: int.__add__(1.5, 2))
t("unbound on long", lambda: int.__add__(2L, 2))
t("float on int", lambda: float.__add__(2, 2))
t("no self", lambda: int.__neg__())
t("no arg", lambda: (3).__add__())
t("two args", lambda: (3).__add__(1, 2))
t("extra arg", lambda: (3).__neg__(1))
t("bool via int", lambda: int.__add__(True, 2))
t("int repr of bool", lambda: int.__repr__(True))
t("sorted key", lambda: sorted([3, 1, 2], key=int.__neg__))
t("map add", lambda: map(int.__add__, [1, 2], [3, 4]))
t("reduce mul", lambda: reduce(long.__mul__, [1L, 2L, 3L]))
t("float map", lambda: map(float.__mul__, [1.5, 2.0], [2, 3]))
slots = [k for k in int.__dict__ if k.startswith("__r") and k.endswith("__")]
print sorted(slots)
print sorted(k for k in float.__dict__ if k in ("__eq__", "__lt__", "__cmp__", "__index__", "__invert__"))
print sorted(k for k in bool.__dict__ if k.startswith("__") and k not in ("__doc__", "__new__"))
