# Uncaught KeyError with a tuple key.
d = {('a', 1): 2}
print d[('a', 1)]
d[('b', 2)]
