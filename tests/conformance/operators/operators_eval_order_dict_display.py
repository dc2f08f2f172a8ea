# In CPython 2.7 a dict display evaluates each value before its key, and a call
# evaluates keyword arguments before *args.
log = []
def t(x):
    log.append(x)
    return x
d = {t('k1'): t('v1'), t('k2'): t('v2')}
print log
del log[:]
dc = {t(k): t(v) for k, v in [('k', 'v')]}
print log
del log[:]
def f(*a, **k):
    return a, sorted(k.items())
f(t('a'), x=t('kw'), *[t('star')])
print log
