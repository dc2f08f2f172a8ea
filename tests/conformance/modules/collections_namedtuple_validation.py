# namedtuple rejects duplicate and keyword field names.
from collections import namedtuple
for fields in ['a a', 'class x', 'ok fine']:
    try:
        print namedtuple('T', fields)._fields
    except ValueError as e:
        print 'ValueError:', e
