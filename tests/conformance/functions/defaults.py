# Default arguments, including the shared mutable default.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'), greet(punct='.', name='Di')
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print append_to(1), append_to(2), append_to(3, []), append_to(4)
print append_to.func_defaults if hasattr(append_to, 'func_defaults') else 'no func_defaults'
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print safe_append(1), safe_append(2)
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print snapshot(), snapshot(5)
def f(a, b=2, *rest, **kw):
    return a, b, rest, sorted(kw.items())
print f(1), f(1, 3), f(1, 3, 4, 5), f(1, x=9), f(1, 2, 3, y=0)
def g(a, b=[]):
    b.append(a)
    return len(b)
print [g(i) for i in range(4)]
