# Raising a new exception inside an except clause, uncaught.
try:
    int("x")
except ValueError:
    raise RuntimeError("bad conversion")
