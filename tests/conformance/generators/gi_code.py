# A generator's gi_code names its function's code, before and after it ends.
def gen(a, b=1):
    yield a
    yield b


g = gen(5)
print g.gi_code.co_name, g.gi_code.co_argcount, g.gi_code.co_varnames
print list(g)
print g.gi_code.co_name, g.gi_code.co_filename == gen.func_code.co_filename
print type(g.gi_code).__name__
