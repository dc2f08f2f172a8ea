# Left-to-right evaluation order of operands, arguments, subscripts, chained comparisons and augmented assignment.
log = []
def t(x):
    log.append(x)
    return x
l = [t(1), t(2)]
f = lambda *a, **k: None
f(t('a'), t('b'), x=t('c'))
f(t('a2'), *[t('d')])
print log; log[:] = []
x = t(1) + t(2) * t(3)
print log; log[:] = []
t([0])[t(0)] = t('val')
print log; log[:] = []
a = {}
a[t('key')] = a.get(t('get'), 0) + 1
print log; log[:] = []
cnt = [0]
def idx():
    cnt[0] += 1
    return 0
arr = [10]
arr[idx()] += 5
print arr, cnt
t(1) < t(2) < t(3)
print log; log[:] = []
t(3) < t(2) < t(1)
print log; log[:] = []
t(0) and t(1)
t(1) or t(2)
print log; log[:] = []
t('a') if t(False) else t('b')
print log; log[:] = []
s = {t(1), t(2)}
print log; log[:] = []
t('obj').__len__()
print log; log[:] = []
p, q = t(1), t(2)
print log; log[:] = []
class A(object):
    def __getitem__(self, i):
        log.append(('getitem', i)); return i
    def __setitem__(self, i, v):
        log.append(('setitem', i, v))
aa = A()
aa[t(1)] += t(2)
print log; log[:] = []
aa[t(1):t(2)] = t('s')
print log; log[:] = []
print t('p1'), t('p2')
print log; log[:] = []
r = t([1, 2])[t(0):t(1)]
print log; log[:] = []
t(2) ** t(3)
print log
