# Closures: counters via list cells, nested closures, late binding.
def make_counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c1 = make_counter()
c2 = make_counter()
print c1(), c1(), c1(), c2()
def adder(n):
    def add(x):
        return x + n
    return add
add5 = adder(5)
print add5(1), adder(10)(1)
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x + '-inner'
        return inner
    return middle()()
print outer()
funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print [f() for f in funcs]
def make_funcs():
    result = []
    for i in range(3):
        def g(i=i):
            return i
        result.append(g)
    return result
print [g() for g in make_funcs()]
def late_binding():
    fs = [lambda: k for k in range(3)]
    k = 'rebound'
    return [f() for f in fs]
print late_binding()
def accumulate():
    total = [0]
    def add(v):
        total[0] += v
        return total[0]
    def get():
        return total[0]
    return add, get
add, get = accumulate()
add(3); add(4)
print get()
def shadow():
    x = 1
    def inner():
        x = 2
        return x
    return inner(), x
print shadow()
def uses_later():
    def inner():
        return later_var
    later_var = 'assigned after def'
    return inner()
print uses_later()
