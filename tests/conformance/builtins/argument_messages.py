# Wording of TypeErrors raised for bad arguments to builtins and calls.
def t(label, f):
    try:
        r = f()
        print label, repr(r)
    except Exception as e:
        print label, type(e).__name__, e


def g(a):
    return a


t("getattr int name", lambda: getattr(1, 2))
t("getattr None name default", lambda: getattr(1, None, 3))
t("hasattr int name", lambda: hasattr(1, 2))
t("setattr int name", lambda: setattr(1, 2, 3))
t("delattr int name", lambda: delattr(1, 2))
t("object setattr", lambda: object.__setattr__(1, 2, 3))
t("object getattribute", lambda: object.__getattribute__(1, 2))
t("keywords not strings", lambda: g(**{1: 2}))
t("max bad keyword", lambda: max(1, 2, foo=1))
t("min bad keyword", lambda: min([1, 2], key=None, default=0))
t("max key", lambda: max("abc", "xy", key=len))
t("object args", lambda: object(1))
t("object kwargs", lambda: object(a=1))
t("int x=", lambda: int(x=1))
t("int x= base=", lambda: int(x="12", base=16))
t("int base=", lambda: int("12", base=8))
t("int bad keyword", lambda: int(y=1))
t("int x twice", lambda: int(1, x=2))
t("long x=", lambda: long(x=3))
t("float x=", lambda: float(x=2))
t("str object=", lambda: str(object=5))
t("str bad keyword", lambda: str(obj=5))
L = range(10)


def assign(s, v):
    l = list(L)
    l[s] = v
    return l


t("slice assign int", lambda: assign(slice(1, 3), 5))
t("step 1 assign int", lambda: assign(slice(1, 3, 1), 5))
t("extended assign int", lambda: assign(slice(0, 10, 2), 5))
t("extended assign None", lambda: assign(slice(None, None, -1), None))
t("extended assign ok", lambda: assign(slice(0, 10, 2), "abcde"))
t("extended assign size", lambda: assign(slice(0, 10, 2), "abcd"))
