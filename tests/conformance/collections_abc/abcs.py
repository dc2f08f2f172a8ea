import collections as C
from UserList import UserList
from UserString import UserString, MutableString
from UserDict import UserDict, IterableUserDict
for v in [[], (), {}, set(), frozenset(), 'ab', 3, len, iter([]), xrange(3), {}.viewkeys(), UserList(), UserString('x'), IterableUserDict()]:
    print getattr(v, "__class__", type(v)).__name__, [c.__name__ for c in (C.Hashable, C.Iterable, C.Iterator, C.Sized, C.Container, C.Callable, C.Set, C.MutableSet, C.Mapping, C.MutableMapping, C.Sequence, C.MutableSequence, C.KeysView) if isinstance(v, c)]
class MyMap(C.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2}); print sorted(m.items()), m.get('z', 0), 'a' in m, m == {'a': 1, 'b': 2}, sorted(m.keys())
class MySet(C.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MySet([1, 2, 3, 4]), a == MySet([3, 2, 1]), a.isdisjoint([7])
a |= [9]; a -= [1]; print sorted(a), a.pop() in (2, 3, 9), len(a)
class MySeq(C.MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
s = MySeq(); s.extend([1, 2, 3]); s.append(4); s.reverse(); print list(s), s.pop(), s.index(3), s.count(2), 2 in s, list(reversed(s)); s.remove(3); s += [7]; print s.l
try: C.Sequence()
except TypeError as e: print e
try: MySeq().index(5)
except ValueError as e: print 'ValueError', e
print issubclass(list, C.MutableSequence), issubclass(dict, C.Mapping), issubclass(str, C.Sequence), issubclass(int, C.Hashable), issubclass(list, C.Hashable)
print MutableString('ab').count('a'), isinstance(MutableString('x'), C.MutableSequence), C.KeysView({1: 2}), list(C.ItemsView({1: 2})), 5 in C.ValuesView({1: 5})
