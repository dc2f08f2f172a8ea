# Functions as first-class values: passing, storing, higher-order.
def apply_twice(f, x):
    return f(f(x))
def inc(x):
    return x + 1
print apply_twice(inc, 5), apply_twice(lambda s: s + '!', 'hi')
ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b, 'sub': lambda a, b: a - b}
for name in sorted(ops):
    print name, ops[name](6, 3)
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
p = pipeline(inc, lambda x: x * 10, str, len)
print p(4), p(99)
print map(len, ['a', 'bb', 'ccc']), map(str.upper, ['x', 'y'])
print max(['apple', 'fig', 'banana'], key=len), sorted([3, -4, 1], key=abs)
handlers = [inc, abs, str]
print [h(-2) for h in handlers]
def curry(f, a):
    return lambda b: f(a, b)
print curry(pow, 2)(10)
print inc.__call__(41)
