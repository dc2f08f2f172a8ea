# Uncaught ZeroDivisionError in a generator expression (<genexpr> frame).
vals = [1, 0]
print sum(10 / v for v in vals)
