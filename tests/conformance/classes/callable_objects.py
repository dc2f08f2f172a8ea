# __call__ and callable().
class Adder(object):
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, **kw):
        return self.n + x + sum(rest) + sum(kw.values())
add3 = Adder(3)
print add3(1), add3(1, 2, 3), add3(0, k=10), callable(add3), callable(Adder), callable(3)
print map(add3, [1, 2, 3])
class Plain(object):
    pass
print callable(Plain()), callable(Plain), callable(len), callable(lambda: 0), callable('s')
try:
    Plain()()
except TypeError as e:
    print 'TypeError:', e
class Factory(object):
    def __call__(self):
        return Factory
print Factory()().__name__
