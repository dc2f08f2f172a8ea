# A class whose __call__ is one of its own instances: calling an instance
# recurses through __call__ without any Python frame, and must stop at the
# recursion limit with RuntimeError (it used to spin forever).


class Looping(object):
    pass


Looping.__call__ = Looping()
try:
    Looping()()
except RuntimeError as e:
    print 'RuntimeError:', e


class Classic:
    pass


Classic.__call__ = Classic()
try:
    Classic()(1, 2, k=3)
except RuntimeError as e:
    # CPython's message differs for classic classes ("... in __call__").
    print 'RuntimeError (classic)'


# A finite chain of callable instances still works.
class Step(object):
    def __init__(self, nxt):
        self.nxt = nxt

    def __call__(self, n):
        return self.nxt(n + 1)


f = lambda n: n * 10
for _ in range(50):
    f = Step(f)
print f(0)


class Caller(object):
    def __init__(self, target):
        self.target = target


# __call__ found on the class can be any callable, including a bound method.
class Counter(object):
    def __init__(self):
        self.n = 0

    def bump(self, *args):
        self.n += 1
        return self.n, args


c = Counter()
Caller.__call__ = c.bump
print Caller(None)('x')
print Caller(None)()
