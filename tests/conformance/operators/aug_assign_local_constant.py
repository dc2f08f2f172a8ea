# `local op= constant` and `if local cmp constant` run as fused instructions:
# ints, overflow into longs, floats, sequences, unbound locals.
def g():
    x = 7
    x /= 2
    n = 10
    s = 0
    while n > 0:
        n -= 1
        s += n
    f = 1.5
    f *= 2
    l = [1]
    l += [2]
    t = "a"
    t *= 3
    big = 2**62
    big += 2**62
    big -= 1
    k = 5
    k -= 2.5
    if k == 2.5:
        print "eq"
    if k < 3:
        print "lt"
    m = "b"
    if m == "b":
        print "str eq"
    if m in "abc":
        print "in"
    return x, s, f, l, t, big, k
print g()
def h():
    try:
        q -= 1
    except UnboundLocalError as e:
        print e
    try:
        if r < 1: pass
    except UnboundLocalError as e:
        print e
    q = 1
    r = 1
h()
