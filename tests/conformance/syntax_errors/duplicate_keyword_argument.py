# The same keyword argument twice in a call.
f(a=1, a=2)
