# thread.lock.acquire as 2.7 declares it: acquire([waitflag]), an int flag,
# no keywords and no timeout (those came in 3.2); release, locked and their
# _lock aliases take nothing; __exit__ takes any positional arguments.
import thread


def t(label, f):
    try:
        print label, repr(f())
    except Exception as e:
        print label, type(e).__name__, e


l = thread.allocate_lock()
t('kw waitflag', lambda: l.acquire(waitflag=1))
t('kw blocking', lambda: l.acquire(blocking=0))
t('kw timeout', lambda: l.acquire(timeout=1))
t('two args', lambda: l.acquire(1, 2))
t('float', lambda: l.acquire(0.5))
t('str', lambda: l.acquire('x'))
t('None', lambda: l.acquire(None))
t('huge', lambda: l.acquire(2**31))
t('tiny', lambda: l.acquire(-2**31 - 1))
t('long', lambda: l.acquire(2**70))
t('locked', l.locked)
t('acquire 1', lambda: l.acquire(1))
t('acquire 0 held', lambda: l.acquire(0))
t('acquire False held', lambda: l.acquire(False))
t('acquire_lock 0 held', lambda: l.acquire_lock(0))
t('release arg', lambda: l.release(1))
t('release kw', lambda: l.release(x=1))
t('release_lock arg', lambda: l.release_lock(1))
t('locked arg', lambda: l.locked(1))
t('locked_lock arg', lambda: l.locked_lock(1))
t('release', l.release)
t('release again', l.release)
t('enter', lambda: l.__enter__(1))
t('exit args', lambda: l.__exit__(1, 2, 3, 4))
t('locked after', l.locked)
t('enter float', lambda: l.__enter__(1.5))
with l:
    print 'inside', l.locked()
print 'after', l.locked()
