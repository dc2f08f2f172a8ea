from UserDict import UserDict, IterableUserDict, DictMixin
from UserList import UserList
from UserString import UserString, MutableString
import warnings
warnings.simplefilter('ignore')
d = UserDict({'a': 1}, b=2)
print sorted(d.items()), len(d), d['a'], 'b' in d, d.get('z', 9), d.has_key('a')
d['c'] = 3; del d['a']; print sorted(d.keys()), sorted(d.values())
print d.setdefault('x', 5), d.pop('x'), d.pop('q', 'none'), sorted(d.copy().items()), d.copy().__class__.__name__
try: d['nope']
except KeyError as e: print 'KeyError', e
class M(UserDict):
    def __missing__(self, key): return key * 2
print M()['ab'], UserDict.fromkeys('xy', 0) == {'x': 0, 'y': 0}, d == {'b': 2, 'c': 3}, d == UserDict(b=2, c=3)
try: UserDict({}, {})
except TypeError as e: print e
e = IterableUserDict(a=1, b=2); print sorted(e), sorted(iter(e))
class DM(DictMixin):
    def __init__(self): self.store = {}
    def __getitem__(self, k): return self.store[k]
    def __setitem__(self, k, v): self.store[k] = v
    def __delitem__(self, k): del self.store[k]
    def keys(self): return self.store.keys()
m = DM(); m['a'] = 1; m.update({'b': 2}, c=3); m.update([('d', 4)])
print sorted(m.items()), len(m), 'a' in m, m.get('zz'), m.pop('a'), m.setdefault('e', 5), sorted(m.iterkeys()), sorted(m.values())
print m.popitem()[0] in 'bcde', repr(DM()), cmp(DM(), {}), m == dict(m.iteritems())
try: DM().popitem()
except KeyError as e: print e
try: m.pop('zz')
except KeyError as e: print 'KeyError', e
m.clear(); print len(m)
l = UserList([3, 1, 2]); l.append(0); l.sort(); print l, l[1], l[1:3], type(l[1:3]).__name__, len(l), 2 in l
l2 = l + [9]; print l2, type(l2).__name__, [8] + l, l * 2, 2 * l
l += (7,); l.extend(UserList([6])); l.insert(0, -1); print l, l.pop(), l.index(3), l.count(1)
l.remove(-1); l.reverse(); print l, l == [7, 3, 2, 1, 0], l < [8], l > UserList([7, 3]), UserList('ab')
l[0:2] = [5, 5]; del l[-1]; print l, sorted(l, reverse=True)
l *= 2; print l, UserList(UserList([1])), UserList()
s = UserString('Hello World'); print s, repr(s), len(s), s[0], s[1:4], s.upper(), s.lower(), s.split(), s.find('o'), s.replace('l', 'L'), type(s.upper()).__name__
print s + '!', '>' + s, s * 2, s == 'Hello World', s < 'Z', 'World' in s, s.count('l'), s.startswith('He'), s.center(15, '*'), s.zfill(13), int(UserString('42')) + 1
print UserString(5), s.strip('Hd'), s.partition(' '), s.rsplit('o', 1), s.swapcase(), s.title(), s.isalpha(), UserString('%s-%d') % ('a', 1), hash(s) == hash('Hello World')
ms = MutableString('abc'); ms[1] = 'X'; ms += 'def'; print ms, type(ms).__name__
ms[0:2] = 'zz'; del ms[-1]; print ms, ms.immutable(), type(ms.immutable()).__name__
try: hash(ms)
except TypeError as e: print e
