# Mutating a deque while iterating over it raises RuntimeError.
from collections import deque
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print 'RuntimeError:', e
print len(d)
