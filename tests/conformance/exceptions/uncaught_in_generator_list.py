# Uncaught ValueError raised inside a generator consumed by a lambda.
def gen():
    yield 1
    yield int('abc')
f = lambda g: list(g)
print [x * 2 for x in [1, 2]]
print f(gen())
