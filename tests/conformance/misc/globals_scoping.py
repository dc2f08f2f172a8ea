# global statements across functions, nested functions and class bodies.
total = 0
def add(n):
    global total
    total += n
for i in range(5):
    add(i)
print total
def outer():
    def inner():
        global total
        total = 'set by inner'
    inner()
outer()
print total
class K(object):
    global from_class
    from_class = 'set in class body'
print from_class
def reader():
    return total
def writer():
    global total
    total = 'rewritten'
print reader(); writer(); print reader()
def conditional_global(flag):
    global maybe
    if flag:
        maybe = 'assigned'
conditional_global(False)
print 'maybe' in globals()
conditional_global(True)
print maybe
def shadow_builtin():
    global len
    len = lambda x: 'shadowed len'
shadow_builtin()
print len([1, 2, 3])
del len
print len([1, 2, 3])
