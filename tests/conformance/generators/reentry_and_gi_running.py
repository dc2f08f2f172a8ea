# A generator that calls next() or close() on itself while it runs gets
# "generator already executing"; gi_running says whether it runs.
def g():
    x = yield 1
    print "got", x
    try:
        next(me)
    except ValueError as e:
        print "inner", e
    print "running", me.gi_running
    try:
        me.close()
    except ValueError as e:
        print "close", e
    yield 2
me = g()
print me.gi_running
print next(me)
print me.send(5)
me.close()
print list(me)
