# Messages that name the type of a built-in exception use its full name,
# exceptions.X (its __name__ stays X); user subclasses keep their own name.
def t(f):
    try:
        f()
    except Exception as e:
        print type(e).__name__ + ':', e
t(lambda: Exception().random)
t(lambda: OverflowError.e)
t(lambda: Exception()())
t(lambda: setattr(None, Exception(), 1))
t(lambda: len(KeyError()))
t(lambda: KeyError() + 1)
t(lambda: [1][ValueError()])
t(lambda: int(IOError()))
class E(Exception):
    pass
t(lambda: E().zz)
t(lambda: E.zz)
t(lambda: len(E()))
print type(Exception()).__name__, Exception.__name__, KeyError.__module__
print repr(Exception), repr(E)
