# if / elif / else chains and truthiness of conditions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in [-5, 0, 3, 42, 1000]:
    print n, classify(n)
for v in [[], [0], '', 'x', None, 0.0, {}, {'a': 1}]:
    if v:
        print repr(v), 'truthy'
    else:
        print repr(v), 'falsy'
x = 5
if x > 3:
    if x > 4:
        print 'nested both'
    else:
        print 'nested outer only'
if x == 1: print 'one'
elif x == 5: print 'five'
else: print 'other'
if not x: pass
else: print 'else branch of pass'
