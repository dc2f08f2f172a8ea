# Scoping of comprehension variables and access to enclosing names.
def outer():
    factor = 3
    return [x * factor for x in range(3)]
print outer()
def in_genexp():
    factor = 4
    return list(x * factor for x in range(3))
print in_genexp()
class C(object):
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print C.doubled
def closures_in_comp():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print closures_in_comp()
def genexp_binds_first_iterable():
    data = [1, 2]
    g = (d * 10 for d in data)
    data = [100]
    return list(g)
print genexp_binds_first_iterable()
def nested_names():
    rows = [[1, 2], [3, 4]]
    return [cell * len(row) for row in rows for cell in row]
print nested_names()
total = 10
print [total + x for x in range(2)]
