# Uncaught ValueError raised two generators deep in a for loop.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed")
def doubled(it):
    for x in it:
        yield x * 2
for v in doubled(numbers()):
    print v
