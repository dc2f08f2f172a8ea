# copy.deepcopy of sets and frozensets.
import copy
d = {1: set([2]), 3: frozenset([4])}
c = copy.deepcopy(d)
print sorted(c.items()), c[1] is d[1]
