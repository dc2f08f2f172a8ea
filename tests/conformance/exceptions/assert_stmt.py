# assert with and without message.
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print 'AssertionError', repr(str(e)), e.args
try:
    assert 1 == 2, 'one is not two'
except AssertionError as e:
    print 'AssertionError:', e
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print 'args:', e.args
def check(x):
    assert x > 0, 'x must be positive, got %d' % x
    return x
print check(5)
try:
    check(-3)
except AssertionError as e:
    print e
calls = []
def msg():
    calls.append(1)
    return 'msg'
assert True, msg()
print 'message evaluated only on failure:', calls
