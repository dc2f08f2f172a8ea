# Common context manager patterns: locks, transactions, timers-without-time.
class Lock(object):
    def __init__(self):
        self.held = False
        self.history = []
    def __enter__(self):
        assert not self.held
        self.held = True
        self.history.append('acquire')
        return self
    def __exit__(self, *exc):
        self.held = False
        self.history.append('release')
lock = Lock()
with lock:
    print 'held:', lock.held
print 'held after:', lock.held
try:
    with lock:
        raise RuntimeError('boom')
except RuntimeError:
    pass
print lock.history, lock.held
class Transaction(object):
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, t, v, tb):
        if t is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print 'rolled back because of', t.__name__
            return True
        print 'committed'
store = {'balance': 100}
with Transaction(store) as s:
    s['balance'] -= 30
print store
with Transaction(store) as s:
    s['balance'] -= 1000
    if s['balance'] < 0:
        raise ValueError('overdraft')
print store
class Indent(object):
    level = 0
    def __enter__(self):
        Indent.level += 1
    def __exit__(self, *a):
        Indent.level -= 1
def out(msg):
    print '  ' * Indent.level + msg
out('level 0')
with Indent():
    out('level 1')
    with Indent():
        out('level 2')
    out('back to 1')
out('back to 0')
