# deque's constructor and its no-argument methods refuse extra arguments
# with 2.7's messages (the constructor's name deque(), keyword checks).
from collections import deque
def t(label, f):
    try:
        print label, '=>', f()
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e
d = deque([1, 2, 3], 5)
for name in ['__copy__', '__reduce__', '__reversed__']:
    for args in [(1,), (1, 2)]:
        t('%s%r' % (name, args), lambda: getattr(d, name)(*args))
t('init3', lambda: deque([], 1, 2))
t('init kw', lambda: deque(iterable=[1, 2], maxlen=1))
t('init kw2', lambda: deque([1, 2], maxlen=1))
t('init bad kw', lambda: deque(x=1))
t('init both', lambda: deque([1], iterable=[2]))
t('init maxlen both', lambda: deque([1], 2, maxlen=3))
t('copy', lambda: d.__copy__())
t('reversed', lambda: list(reversed(d)))
class D(deque):
    def __init__(self, a, b, c):
        deque.__init__(self, [a, b, c], 2)
t('subclass', lambda: D(1, 2, 3))
d.__init__([9])
t('reinit', lambda: d)
