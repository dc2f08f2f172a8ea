# Uncaught ZeroDivisionError in a dict comprehension (<dictcomp> frame).
vals = [1, 0]
print {v: 10 / v for v in vals}
