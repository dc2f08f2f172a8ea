# Sets in practice: dedupe, membership, comprehension.
words = 'a rose is a rose is a rose'.split()
print sorted(set(words)), len(set(words))
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print order
print sorted({x * x for x in range(-3, 4)})
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print sorted(evens & threes), sorted(evens - threes)[:3], len(evens | threes)
print sorted(set([1, 1.0, True])), len(set([0, 0.0, False, '']))
print max(set([3, 9, 1])), min(frozenset('zyx')), sum(set([1, 2, 3]))
print sorted(set([(1, 2), (2, 1), (1, 2)]))
print set([1, 2]) == set([2, 1]), sorted([set([2]), set([1])], key=min)
