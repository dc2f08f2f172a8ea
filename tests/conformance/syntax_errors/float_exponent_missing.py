# A float literal with an empty exponent.
x = 1e
