# cPickle's fast mode refuses cyclic containers; unpickled attribute names are interned.
import cPickle, pickle, cStringIO
def dumps_fast(obj, proto=0):
    f = cStringIO.StringIO()
    p = cPickle.Pickler(f, proto)
    p.fast = 1
    p.dump(obj)
    return f.getvalue()
l = []; l.append(l)
d = {}; d[1] = d
for obj in (l, d):
    for proto in (0, 2):
        try:
            dumps_fast(obj, proto)
        except ValueError as e:
            print 'ValueError', "can't pickle cyclic objects" in str(e)
a = []
for i in range(60):
    a = [a]
print cPickle.loads(dumps_fast(a)) == a
class C(object):
    pass
x = C(); x.foo = 42; x.bar = 'hello'
for mod in (pickle, cPickle):
    for proto in (0, 1, 2):
        y = mod.loads(mod.dumps(x, proto))
        print all(k1 is k2 for k1, k2 in zip(sorted(x.__dict__), sorted(y.__dict__)))
s = 'ba' + 'r'
print intern(s) == 'bar', intern(s) is intern('b' + 'ar')
try:
    intern(3)
except TypeError as e:
    print e
class Mixin(object):
    output = cStringIO.StringIO
print type(Mixin().output()).__name__
t = (1, 2); print t * 1 is t
