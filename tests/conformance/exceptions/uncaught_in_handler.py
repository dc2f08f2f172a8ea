# An exception raised while handling another one (Python 2 shows only the new one).
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise KeyError('could not parse ' + s)

print parse('12')
print parse('x')
