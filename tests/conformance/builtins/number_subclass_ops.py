# Subclasses of int, long and float: operators, conversions and builtins see
# their value; overridden slots call the base slot explicitly.
from __future__ import division
import math


def t(label, f):
    try:
        r = f()
        print label, repr(r), type(r).__name__
    except Exception as e:
        print label, type(e).__name__, e


class M(int):
    pass


class F(float):
    pass


class L(long):
    pass


class Money(int):
    def __add__(self, other):
        return Money(int.__add__(self, other))
    __radd__ = __add__

    def __sub__(self, other):
        return Money(super(Money, self).__sub__(other))

    def __repr__(self):
        return "Money(%d)" % int(self)


class Scaled(float):
    def __mul__(self, other):
        return Scaled(float.__mul__(self, other) * 10)

    def __str__(self):
        return "Scaled!"


t("money add", lambda: Money(3) + 2)
t("money radd", lambda: 2 + Money(3))
t("money sub", lambda: Money(3) - 1)
t("money sum", lambda: sum([Money(1), Money(2)], Money(0)))
t("scaled mul", lambda: Scaled(1.5) * 2)
t("scaled str", lambda: str(Scaled(1.5)))
t("scaled format", lambda: "{}|{:.1f}".format(Scaled(1.5), Scaled(1.5)))
t("true div", lambda: M(3) / 2)
t("rtrue div", lambda: 3 / M(2))
t("divmod", lambda: divmod(M(7), 2))
t("rdivmod", lambda: divmod(7, M(2)))
t("float divmod", lambda: divmod(F(7.5), M(2)))
t("pow3", lambda: pow(M(2), 3, 5))
t("pow3 long", lambda: pow(L(2), 3, 5))
t("pow", lambda: pow(M(2), 3))
t("neg", lambda: -M(2))
t("abs", lambda: abs(M(-2)))
t("invert", lambda: ~M(2))
t("pos", lambda: +M(2))
t("float neg", lambda: -F(2.5))
t("long neg", lambda: -L(2))
t("float()", lambda: float(M(2)))
t("int()", lambda: int(F(2.5)))
t("long()", lambda: long(M(2)))
t("hex", lambda: hex(M(255)))
t("oct", lambda: oct(M(8)))
t("bin", lambda: bin(M(5)))
t("hex long", lambda: hex(L(255)))
t("round", lambda: round(F(2.567), 1))
t("round int", lambda: round(M(7)))
t("index", lambda: [1, 2, 3][M(1)])
t("repeat", lambda: "ab" * M(2))
t("range", lambda: range(M(3)))
t("range start stop", lambda: range(M(1), M(4)))
t("xrange", lambda: list(xrange(M(2))))
t("math", lambda: math.sqrt(M(16)))
t("math float", lambda: math.floor(F(2.5)))
t("hash int", lambda: hash(M(3)) == hash(3))
t("hash float", lambda: hash(F(1.5)) == hash(1.5))
t("hash long", lambda: hash(L(2 ** 70)) == hash(2 ** 70))
t("dict key", lambda: {3: "three"}[M(3)])
t("dict key float", lambda: {1.5: "x"}.get(F(1.5)))
t("set member", lambda: M(3) in set([3]))
t("eq", lambda: M(3) == 3)
t("ne str", lambda: M(3) == "3")
t("lt mixed", lambda: M(3) < F(3.5))
t("sorted", lambda: sorted([M(3), 1, F(2.0)]))
t("real", lambda: M(3).real)
t("numerator", lambda: L(3).numerator)
t("imag", lambda: F(2.5).imag)
t("percent", lambda: "%d %s %r %x %.1f" % (M(3), M(4), M(5), M(255), F(1.5)))
t("percent money", lambda: "%s %r %d" % (Money(1), Money(2), Money(3)))
t("format", lambda: format(M(3), "05d"))
t("bool", lambda: (bool(M(0)), bool(F(0.5))))
t("coerce", lambda: coerce(M(1), 2.5))
t("type of sum", lambda: type(M(1) + M(2)))
t("str concat", lambda: "a" + M(1))
t("list concat", lambda: [1] + M(1))
