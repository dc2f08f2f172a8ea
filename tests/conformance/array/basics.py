from array import array
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
for c in 'bBhHiIlL':
    t(array, c, [2**70]); t(array, c, [-2**70]); t(array, c, [-1]); t(array, c, [2**31]); t(array, c, [1.5]); t(array, c, ['a']); t(array,c,[2**64-1]); t(array,c,[2**63])
for c in 'fdc':
    t(array, c, [1]); t(array, c, ['a']); t(array, c, ['ab'])
t(array, 'u', [1]); t(array, 'z'); t(array, 1); t(array, 'ii'); t(array, 'i', 1); t(array, 'i', 'abcd'); t(array, 'i', 'abc'); t(array, 'c', 'abc'); t(array, 'u', u'abc'); 
t(array, 'd', [1, 2.5]); t(array, 'f', [0.1]); t(array, 'i', (1,2)); t(array, 'i', xrange(3)); t(array, 'i', array('b', [1]))
a = array('i', [1,2,3,4,5])
t(a.__getitem__, 10); t(a.__setitem__, 10, 1); t(a.pop, 10); t(array('i').pop); t(a.index, 9); t(a.remove, 9); t(a.__add__, [1]); t(a.__add__, array('b')); t(a.__iadd__, array('b'))
t(a.__getitem__, slice(1,4)); t(a.__getitem__, slice(None,None,-2)); print a[1:3], a[::2], repr(a*2), 2*a
b = array('i', [1,2,3]); b[1:2] = array('i', [7,8,9]); print b; t(b.__setitem__, slice(0,2), [1]); t(b.__setitem__, slice(0,4,2), array('i', [1]))
b[::2] = array('i', [0,0,0]); print b; del b[1:3]; print b; del b[::2]; print b
print array('i', [1,2]) == array('i', [1,2]), array('i', [1,2]) < array('i', [1,3]), array('i',[1]) == array('f',[1.0]), array('i',[1]) == [1]
print a.buffer_info()[1], a.itemsize, a.typecode, len(a), a.count(1), a.index(3), list(a), a.tolist()
c = array('c', 'hello'); print c, c.tostring(), repr(array('u', u'hi')), array('u', u'hi').tounicode(), repr(array('d')), repr(array('f', [1.5]))
t(c.tounicode); t(array('i').fromunicode, u'x'); print array('i',[1]).__reduce__()[1:]
a.byteswap(); print a; a.byteswap(); a.reverse(); print a; a.insert(0, 9); a.insert(-1, 8); a.insert(100, 7); print a
a.extend([1,2]); a.extend(array('i', [3])); t(a.extend, array('b', [1])); t(a.extend, 1); print a
a.fromlist([5]); t(a.fromlist, (1,)); t(a.fromlist, [1, 'x']); print a
x = array('h'); x.fromstring('\x01\x00\x02\x00'); t(x.fromstring, 'abc'); print x, x.tostring()
a += array('i', [1]); print a; a *= 2; print len(a); t(a.__imul__, 'x'); t(a.__mul__, 'x')
import copy; print copy.copy(array('i',[1])), copy.deepcopy(array('i',[2]))
class A(array): pass
s = A('i', [1]); print s, type(s).__name__, isinstance(s, array)
print array.__module__, array.__name__
import array as m; print m.ArrayType is array
print array('i', [3,1,2])[-1], 3 in array('i',[3]), array('i',[1,2]) != array('i', [1,2]), hash is not None
t(array('i', [1]).__setitem__, 0, 'x')
print list(reversed(array('i',[1,2]))), array('f', [0.1])[0], array('b', 'abc')
t(array('i', [1,2,3]).__getitem__, 'x')
