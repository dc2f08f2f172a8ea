import warnings
warnings.simplefilter('ignore')
import sets

a = sets.Set('abc')
b = sets.Set('bcd')
print sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b)
print sorted(a.union('xy')), sorted(a.intersection('ab')), sorted(a.difference(['a']))
print a.issubset(sets.Set('abcd')), a <= a, a < a, b > sets.Set('b'), a == sets.Set('cba'), a != b
im = sets.ImmutableSet([1, 2, 3])
print hash(im) == hash(sets.ImmutableSet([3, 2, 1])), 2 in im, len(im)
s = sets.Set([1])
s.add(2); s.discard(5); s.update([3, 4]); s.remove(1)
print sorted(s), len(s)
s |= sets.Set([9]); s -= sets.Set([2]); s &= sets.Set([3, 9, 4]); s ^= sets.Set([4, 7])
print sorted(s)
ss = sets.Set([sets.Set([1, 2])])
print sets.Set([1, 2]) in ss, sorted(list(ss)[0])
for expr in ['hash(sets.Set())', 'a | [1]', 'cmp(a, b)', 'a.issubset([1])', 'sets.BaseSet()', 'sets.Set().pop()', 'sets.Set().remove(1)']:
    try:
        print eval(expr)
    except Exception as e:
        print type(e).__name__, e
print repr(sets.Set([5])), str(sets.ImmutableSet([6]))
import copy
c = copy.deepcopy(sets.Set([1, (2, 3)]))
print type(c).__name__, sorted(c, key=str)
import pickle
print sorted(pickle.loads(pickle.dumps(sets.Set([1, 2]))))
print sorted(pickle.loads(pickle.dumps(sets.ImmutableSet([3]), 2)))
