from itertools import islice, repeat
class I(object):
    def __int__(self): return 3
for a in [(None,), (-1,), (-2,), (2**63,), ('x',), (2.5,), (None, -1), (None, -2), (-1, None), (2**63, None),
          ('x', 5), (0, 'x'), (0, 5, 0), (0, 5, -1), (0, 5, 'x'), (0, 5, None), (1, None, 2), (None, None, None), (0, 2**63)]:
    try:
        print a, list(islice(range(10), *a))
    except Exception as e:
        print a, type(e).__name__, e
print list(islice(repeat(1), 3))
