# *args, **kwargs and calling with f(*a, **k).
def show(*args, **kwargs):
    return args, sorted(kwargs.items())
print show()
print show(1, 2)
print show(a=1, b=2)
print show(1, *[2, 3])
print show(*(4, 5), **{'k': 'v'})
print show(1, *'ab', **dict(x=1))
def three(a, b, c):
    return a * 100 + b * 10 + c
args = (1, 2, 3)
print three(*args), three(1, *[2, 3]), three(*[1], **{'b': 2, 'c': 3}), three(c=3, *(1, 2))
kw = {'a': 7, 'b': 8, 'c': 9}
print three(**kw)
def kwonly(**kw):
    return sorted(kw)
print kwonly(z=1, y=2, **{'x': 3})
def total(first, *rest):
    s = first
    for r in rest:
        s += r
    return s
print total(1), total(1, 2, 3), total('a', 'b', 'c'), total(*range(1, 11))
def pass_through(*a, **k):
    return show(*a, **k)
print pass_through(1, 2, z=3)
print type(show()[0]).__name__
def args_from_gen(*a):
    return a
print args_from_gen(*(x * 2 for x in range(3)))
