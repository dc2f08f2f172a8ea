# Counter subtract/copy/del, deque iteration checks, namedtuple rename.
from collections import Counter, deque, namedtuple
c = Counter(a=3, b=1)
c.subtract(a=5)
d = c.copy()
del d['zzz']
print sorted(c.items()), sorted(d.items()), type(d).__name__
print sorted((Counter('aab') - Counter('abbb')).items()), Counter('a') + 1 if False else 'ok'
try:
    Counter('a') + {'a': 1}
except TypeError as e:
    print 'TypeError:', e
q = deque([1, 2, 3])
q.extend(q)
print list(q), list(reversed(q))
try:
    for x in q:
        q.popleft()
except RuntimeError as e:
    print 'RuntimeError:', e
print namedtuple('P', 'x _y def x', rename=True)._fields
for bad in [('P', '_x'), ('1P', 'x'), ('P', 'a-b'), ('P', ['ok', 3])]:
    try:
        namedtuple(*bad)
    except (ValueError, TypeError) as e:
        print type(e).__name__, e
