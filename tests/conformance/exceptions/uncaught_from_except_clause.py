# IndexError raised from an except clause propagates through a finally.
def a():
    try:
        return {}['k']
    except KeyError:
        return [][1]
def b():
    try:
        a()
    finally:
        print 'b finally'
b()
