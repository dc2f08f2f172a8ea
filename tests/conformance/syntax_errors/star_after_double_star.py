# *args after **kwargs in a call.
f(**k, *a)
