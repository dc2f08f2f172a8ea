# global statement and scoping rules.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print counter
def create():
    global created
    created = 'made inside function'
create()
print created
x = 'global x'
def read_only():
    return x
def local_shadow():
    x = 'local x'
    return x
print read_only(), local_shadow(), x
def unbound():
    try:
        print y_local
    except UnboundLocalError as e:
        print 'UnboundLocalError:', e
    y_local = 1
unbound()
def unbound_global():
    try:
        counter += 1
    except UnboundLocalError as e:
        print 'UnboundLocalError:', e
unbound_global()
def multi():
    global a, b
    a, b = 1, 2
multi()
print a, b
print sorted(k for k in globals() if k in ('a', 'b', 'counter', 'created'))
