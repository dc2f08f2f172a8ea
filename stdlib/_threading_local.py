"""Thread-local objects written in Python (threading.local itself is the
native thread._local; this module is the portable version 2.7 ships).

Each thread sees its own set of attributes:

  >>> box = local()
  >>> box.count = 1
  >>> box.count
  1
  >>> seen = []
  >>> def worker():
  ...     seen.append(hasattr(box, 'count'))
  ...     box.count = 99
  ...     seen.append(box.__dict__)
  >>> import threading
  >>> t = threading.Thread(target=worker)
  >>> t.start()
  >>> t.join()
  >>> seen
  [False, {'count': 99}]
  >>> box.count
  1

A subclass's __init__ runs once in every thread that uses the object, with
the arguments given when it was made:

  >>> class Counter(local):
  ...     hits = 0
  ...     def __init__(self, start):
  ...         self.value = start
  ...     def bump(self):
  ...         self.value += 1
  ...         return self.value
  >>> c = Counter(10)
  >>> c.bump()
  11
  >>> out = []
  >>> t = threading.Thread(target=lambda: out.append(c.bump()))
  >>> t.start()
  >>> t.join()
  >>> out, c.value, c.hits
  ([11], 11, 0)
"""

from itertools import count as _count

__all__ = ["local"]

# the per-thread dictionaries live on the Thread objects themselves, under
# this attribute, keyed by each local's serial number: a thread's values go
# away with its Thread object, and numbers are never reused
_STORE = '_threading_local_dicts'
_serials = _count()


class _Impl(object):
    __slots__ = ('key', 'args', 'kw')


def _type_lookup(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _is_data_descriptor(attr):
    return attr is not None and hasattr(type(attr), '__set__')


def _thread_dict(obj):
    impl = object.__getattribute__(obj, '_local__impl')
    thread = current_thread()
    space = thread.__dict__
    store = space.get(_STORE)
    if store is None:
        store = space.setdefault(_STORE, {})
    d = store.get(impl.key)
    if d is None:
        d = store[impl.key] = {}
        init = type(obj).__init__
        if init is not object.__init__:
            init(obj, *impl.args, **impl.kw)
    return d


class local(object):
    """An object whose attributes are private to each thread."""

    def __new__(cls, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _Impl()
        impl.key = next(_serials)
        impl.args = args
        impl.kw = kw
        object.__setattr__(self, '_local__impl', impl)
        # the creating thread's dictionary; type() runs __init__ here itself
        store = current_thread().__dict__.setdefault(_STORE, {})
        store[impl.key] = {}
        return self

    def __getattribute__(self, name):
        d = _thread_dict(self)
        if name == '__dict__':
            return d
        if name in d and not _is_data_descriptor(_type_lookup(type(self), name)):
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % self.__class__.__name__)
        d = _thread_dict(self)
        if _is_data_descriptor(_type_lookup(type(self), name)):
            return object.__setattr__(self, name, value)
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % self.__class__.__name__)
        d = _thread_dict(self)
        if _is_data_descriptor(_type_lookup(type(self), name)):
            return object.__delattr__(self, name)
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name)


from threading import current_thread
