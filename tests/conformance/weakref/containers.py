# WeakValueDictionary, WeakKeyDictionary and WeakSet drop dead entries.
import weakref
import gc

class K(object):
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'K(%d)' % self.n

objs = [K(i) for i in range(5)]
wv = weakref.WeakValueDictionary()
for o in objs:
    wv[o.n] = o
print len(wv), sorted(wv.keys())
print wv[2], wv.get(3), wv.get(99, 'none'), 4 in wv, 99 in wv
del objs[0]
print len(wv), sorted(wv.keys())
print sorted(wv.values(), key=lambda k: k.n)
try:
    wv[0]
except KeyError as e:
    print 'KeyError', e
objs = objs[2:]
gc.collect()
print sorted(wv.items(), key=lambda kv: kv[0])
print wv.pop(3), len(wv)
print wv.setdefault(4, None), wv.setdefault(7, objs[0])
print sorted(wv.keys())
print len(wv.valuerefs())
wv2 = weakref.WeakValueDictionary({'a': objs[0]})
print wv2.items()
wv.clear()
print len(wv)
try:
    wv['bad'] = 5
except TypeError as e:
    print 'TypeError', e

keys = [K(i) for i in range(4)]
wk = weakref.WeakKeyDictionary()
for k in keys:
    wk[k] = k.n * 10
print len(wk), sorted(wk.values())
print wk[keys[1]], keys[2] in wk, K(9) in wk, 5 in wk, wk.get(keys[3])
del keys[1]
print len(wk), sorted(wk.values())
del wk[keys[0]]
print sorted(wk.items(), key=lambda kv: kv[1])
keys = []
print len(wk), wk.items()
try:
    wk[1] = 2
except TypeError as e:
    print 'TypeError', e

items = [K(i) for i in range(3)]
ws = weakref.WeakSet(items)
print len(ws), sorted(x.n for x in ws)
print items[0] in ws, K(5) in ws, 3 in ws
items.pop()
print len(ws), sorted(x.n for x in ws)
extra = K(10)
ws.add(extra)
print len(ws)
ws.discard(items[0])
print sorted(x.n for x in ws)
del extra
print sorted(x.n for x in ws)
items = []
print len(ws), list(ws)
