# Custom exception hierarchy with try/except/else/finally and builtin exception reprs.
class ValidationError(Exception):
    def __init__(self, field, msg):
        Exception.__init__(self, field, msg)
        self.field = field
        self.msg = msg
    def __str__(self):
        return "%s: %s" % (self.field, self.msg)

class RangeError(ValidationError):
    pass

def validate(rec):
    if 'name' not in rec:
        raise ValidationError('name', 'missing')
    if not 0 <= rec.get('age', 0) <= 150:
        raise RangeError('age', 'out of range %d' % rec['age'])
    return True

records = [{'name': 'a', 'age': 3}, {'age': 4}, {'name': 'b', 'age': 200}, {'name': 'c'}]
for r in records:
    try:
        validate(r)
    except RangeError as e:
        print "range:", e, e.args, repr(e)
    except ValidationError as e:
        print "validation:", e, e.field
    else:
        print "ok", sorted(r.items())
    finally:
        print "checked"

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
    finally:
        print "finally for", a, b
print safe_div(4, 2), safe_div(1, 0)

try:
    try:
        {}['missing']
    except KeyError as e:
        print 'caught', repr(e), str(e), e.args
        raise ValueError('converted')
except ValueError as e:
    print 'outer', e

for exc in [IndexError, KeyError, ValueError('v'), TypeError('a', 'b')]:
    try:
        raise exc
    except (IndexError, KeyError) as e:
        print 'lookup', type(e).__name__, repr(e)
    except Exception as e:
        print 'other', type(e).__name__, e, repr(e), str(e)
e = Exception()
print repr(e), str(e), e.args, repr(Exception('a')), repr(Exception(1, 2))
print repr(KeyError('k')), str(KeyError('k')), str(KeyError('a', 'b')), str(KeyError())
print IOError(2, 'No such file'), repr(IOError(2, 'No such file'))
print IOError(2, 'No such file', 'foo.txt')
e = IOError(2, 'nsf', 'f')
print e.errno, e.strerror, e.filename, e.args
print EnvironmentError(1,2,3,4).args
