# TypeErrors of round(), map(None, x) and super() worded as CPython.
def t(label, f):
    try:
        r = f()
        print label, repr(r)
    except Exception as e:
        print label, type(e).__name__, e


for nd in (1.5, "1", None, 2 ** 70, -2 ** 70, True, 1L):
    t("round ndigits %r" % (nd,), lambda: round(1.25, nd))
t("map None non iterable", lambda: map(None, 1))
t("map func non iterable", lambda: map(len, 1))
t("map None two", lambda: map(None, [1], 2))
t("super bad obj", lambda: super(int, "a"))
t("super bad class", lambda: super(int, str))


class A(object):
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super(B, self).who()

    @classmethod
    def cm(cls):
        return super(B, cls).__name__ if False else "cm"


t("super ok", lambda: B().who())
t("super class", lambda: super(B, B).who(B()))
t("super unbound", lambda: type(super(B)).__name__)
t("super classmethod", lambda: B.cm())
