import marshal

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

values = ['abc', ('ab', 'ab', 'cd', 'ab'), None, True, False, 0, -1, 2**31 - 1, -2**31, 2**40, -2**40, 2**100, -2**70, 0L,
          1.5, -0.0, 1e300, 3+4j, 'a b', '', 'x ' * 300, u'caf\xe9', u'',
          (1, 2), [1, [2, (3,)]], {'a b': 1}, set([3]), frozenset(), StopIteration, Ellipsis]
for v in values:
    s = marshal.dumps(v)
    if not isinstance(v, (dict, set, frozenset)):
        print repr(s)
    w = marshal.loads(s)
    print repr(w) if not isinstance(w, (set, frozenset)) else sorted(w), type(w).__name__, w == v
for v in (1.5, 3+4j, -2.25):
    print repr(marshal.dumps(v, 1)), marshal.loads(marshal.dumps(v, 0)) == v
print marshal.version
print marshal.loads(buffer('i\x05\x00\x00\x00'))
print marshal.loads('I' + '\x01\x00\x00\x00\x01\x00\x00\x00')
class Int(int):
    pass
show(lambda: marshal.dumps(Int()))
show(lambda: marshal.dumps(object()))
show(lambda: marshal.loads(''))
show(lambda: marshal.loads('Z'))
show(lambda: marshal.loads('l\x02\x00\x00\x00\x00\x00\x00\x00'))
show(lambda: marshal.loads('[\x01\x00\x00\x00' * 3000 + 'N'))
show(lambda: marshal.loads(5))
show(lambda: marshal.dump(1, None))
show(lambda: marshal.load(None))
head = last = []
for i in range(2000):
    last.append([])
    last = last[-1]
show(lambda: marshal.dumps(head))
import os
f = open('_marshal_tmp', 'wb')
marshal.dump([1, 'two words'], f)
marshal.dump(3.0, f)
f.close()
f = open('_marshal_tmp', 'rb')
print marshal.load(f), marshal.load(f), f.tell()
show(lambda: marshal.load(f))
f.close()
os.remove('_marshal_tmp')
