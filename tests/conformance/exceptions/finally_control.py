# finally interacting with return, break, continue and exceptions.
def ret_in_try():
    try:
        return 'try'
    finally:
        print 'finally runs'
print ret_in_try()
def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
print finally_overrides()
def finally_swallows():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print finally_swallows()
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print 'body', i
    finally:
        print 'finally', i
def nested_finally():
    out = []
    try:
        try:
            out.append('inner try')
            return out
        finally:
            out.append('inner finally')
    finally:
        out.append('outer finally')
print nested_finally()
def count():
    n = [0]
    try:
        n[0] += 1
        return n[0]
    finally:
        n[0] += 100
print count()
def exc_in_finally():
    try:
        raise ValueError('original')
    finally:
        raise KeyError('from finally')
try:
    exc_in_finally()
except Exception as e:
    print type(e).__name__, e
i = 0
while True:
    try:
        i += 1
        if i > 2:
            break
    finally:
        print 'while finally', i
