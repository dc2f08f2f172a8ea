# type(name, bases, dict): names keep their bytes; NUL and unicode names are
# refused (also when __name__ is assigned); only classic bases are refused.


class Classic:
    pass


for name in 'A', '\xc4', 'B.A', '42', '':
    A = type(name, (), {})
    print repr(A.__name__), A.__module__
for bad in ['A\x00B', u'A']:
    try:
        type(bad, (), {})
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
    try:
        type.__new__(type, bad, (), {})
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
C = type('C', (), {})
for name in 'A', '\xc4', '':
    C.__name__ = name
    print repr(C.__name__)
C.__name__ = 'C'
for bad in ['A\x00B', u'A', 3]:
    try:
        C.__name__ = bad
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
print repr(C.__name__)
try:
    type('A', (Classic,), {})
except TypeError as e:
    print 'TypeError', e
try:
    type.__new__(type, 'A', (Classic,), {})
except TypeError as e:
    print 'TypeError', e
print [k.__name__ for k in type('M', (Classic, object), {}).__mro__]


class NewFromClassic(Classic, object):
    pass


print NewFromClassic.__bases__ == (Classic, object)
