# User-defined exception hierarchies and catching by base class or tuple.
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, msg):
        AppError.__init__(self, table, msg)
        self.table = table
    def __str__(self):
        return 'db error on %s: %s' % (self.table, self.args[1])
class NotFound(DbError):
    pass
class NetError(AppError):
    pass
def fail(kind):
    if kind == 'nf':
        raise NotFound('users', 'no row')
    if kind == 'db':
        raise DbError('items', 'locked')
    if kind == 'net':
        raise NetError('timeout')
    if kind == 'val':
        raise ValueError('bad value')
for kind in ['nf', 'db', 'net', 'val']:
    try:
        fail(kind)
    except NotFound as e:
        print 'NotFound:', e, e.table
    except DbError as e:
        print 'DbError:', e
    except (NetError, ValueError) as e:
        print 'tuple caught', type(e).__name__, e
for kind in ['nf', 'net']:
    try:
        fail(kind)
    except AppError as e:
        print 'AppError base caught', type(e).__name__, repr(str(e))
print issubclass(NotFound, AppError), issubclass(NetError, DbError), issubclass(AppError, Exception)
print [c.__name__ for c in NotFound.__mro__]
errors = (KeyError, IndexError)
try:
    [][1]
except errors as e:
    print 'caught via tuple variable', type(e).__name__
try:
    raise NotFound('t', 'm')
except Exception as e:
    print isinstance(e, DbError), e.args
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        Exception.__init__(self, msg)
try:
    raise WithDefault
except WithDefault as e:
    print 'raised class, got', e
