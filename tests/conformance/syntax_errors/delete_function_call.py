# del applied to a function call.
del f()
