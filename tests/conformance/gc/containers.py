# Cycles through every kind of container are collected: dict() and its
# copies, deques, Queues, threading.local, Thread objects, modules. The
# weakref callback fires, and a finalizable object hanging off the cycle
# has its __del__ run.
import gc
import weakref
import collections
import Queue
import threading
import types

gc.collect()
log = []


class A(object):
    pass


class Fin(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append('del ' + self.name)


def through(name, make, exact):
    # a -> container -> a, with a finalizable object hanging off a.
    a = A()
    a.fin = Fin(name)
    r = weakref.ref(a, lambda r: log.append('callback ' + name))
    c = make(a)
    a.c = c
    del a, c
    n = gc.collect()
    # Some containers are made of more objects here than in CPython.
    print name, n if exact else n > 0, r() is None, log
    del log[:]


def one_item_dict(a):
    d = dict()
    d['a'] = a
    return d


def put(a):
    q = Queue.Queue()
    q.put(a)
    return q


def local(a):
    l = threading.local()
    l.a = a
    return l


def thread(a):
    t = threading.Thread(target=len, args=((),))
    t.a = a
    return t


def module(a):
    m = types.ModuleType('m')
    m.a = a
    return m


through('dict()', one_item_dict, True)
through('dict(kw)', lambda a: dict(x=a), True)
through('dict.copy', lambda a: {'a': a}.copy(), True)
through('list()', lambda a: list([a]), True)
through('set', lambda a: set([(a,)]), True)
through('local', local, True)
through('module', module, True)
through('deque', lambda a: collections.deque([a]), False)
through('Queue', put, False)
through('Thread', thread, False)


# Containers alone on a cycle with themselves.
def selfcycle(name, make, link):
    x = make()
    link(x)
    r = weakref.ref(x) if name not in ('dict', 'module') else None
    del x
    print name, gc.collect() > 0, r is None or r() is None


selfcycle('dict', dict, lambda d: d.__setitem__('d', d))
selfcycle('deque', collections.deque, lambda d: d.append(d))
selfcycle('Queue', Queue.Queue, lambda q: q.put(q))
selfcycle('LifoQueue', Queue.LifoQueue, lambda q: q.put(q))
selfcycle('local', threading.local, lambda l: setattr(l, 'me', l))
selfcycle('Thread', threading.Thread, lambda t: setattr(t, 'me', t))
selfcycle('module', lambda: types.ModuleType('m'), lambda m: setattr(m, 'me', m))

# A finished thread whose target closes over its own Thread object.
def run_thread():
    box = []
    t = threading.Thread(target=lambda: box.append(t.name is not None))
    t.start()
    t.join()
    r = weakref.ref(t)
    t = None
    gc.collect()
    print 'finished thread', box, r() is None


run_thread()
# A local's value in another thread goes when that thread ends.
loc = threading.local()
gone = []


def worker():
    f = Fin('thread value')
    loc.v = f
    loc.back = loc


t = threading.Thread(target=worker)
t.start()
t.join()
gc.collect()
# (join can return a moment before the ended thread's locals are dropped:
# under -X gil=off nothing orders the two; wait for it, a bounded while)
import time
for i in range(200):
    if log:
        break
    time.sleep(0.01)
print 'thread local', log
print 'garbage', gc.garbage
