# A bare exec in a function writes what it binds back into the fast locals.
def f():
    z = None
    del z
    exec 'z=1+1\n'
    print z
    del z
    exec 'z=1+1'
    print z
    g = {}
    l = {}
    exec 'global a; a = 1; b = 2' in g, l
    if '__builtins__' in g: del g['__builtins__']
    print g, l
    w = 5
    exec 'w = w * 3; q = 7'
    print w, locals()['q']
f()
