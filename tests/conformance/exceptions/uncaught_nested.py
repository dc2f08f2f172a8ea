# Uncaught exception three calls deep.
def inner(d):
    return d['missing']

def middle(d):
    return inner(d) + 1

def outer():
    data = {'present': 1}
    return middle(data)

print 'start'
outer()
