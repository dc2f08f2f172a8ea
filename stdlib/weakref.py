"""Weak references for minipy.

The native _weakref module only makes weak handles (a Rust Weak pointer to
the object) and reads them back.  This module builds Python 2.7's API on
them: ref, proxy, the counting functions and the weak containers.

Callbacks cannot run from inside the interpreter's deallocation, so they run
at safe points: _weakref tracks the references that have callbacks, and the
eval loop calls _fire for the due ones between two instructions after an
instance dies (gc.collect() does it too).  A referent that is not an
instance (a function, a set, ...) is noticed at the next instance death or
gc.collect().  The weak containers also drop dead entries lazily, so they
are right even when no callback has run yet.
"""

import _weakref
from _weakref import handle as _handle, deref as _deref

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceError", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet"]

ReferenceError = ReferenceError

# id(referent) -> list of handles to the live ref/proxy objects made for it.
_by_target = {}
_made = [0]


def _register(r, obj):
    key = id(obj)
    _live_refs(obj, key)
    _by_target.setdefault(key, []).append(_handle(r))
    _made[0] += 1
    if _made[0] % 1000 == 0:
        # Other threads (and callbacks run by _deref) may add or drop
        # entries meanwhile: keep what was appended since the snapshot.
        for k in list(_by_target):
            hs = _by_target.get(k)
            if hs is None:
                continue
            n = len(hs)
            live = [h for h in hs[:n] if _alive_of(_deref(h))]
            if live or len(hs) > n:
                hs[:] = live + hs[n:]
            elif _by_target.get(k) is hs:
                _by_target.pop(k, None)


def _addr(x):
    return "0x%x" % (id(x) & 0xffffffffffffffff)


class ref(object):
    """A weak reference: calling it gives the object, or None once it is gone."""

    __slots__ = ('_h', '_callback', '_hash', '__weakref__')

    def __new__(cls, obj, *args, **kw):
        # Like CPython: a subclass may take keywords (its own __init__'s).
        if kw and cls is ref:
            raise TypeError("ref() does not take keyword arguments")
        if len(args) > 1:
            raise TypeError("__new__ expected at most 2 arguments, got %d" % (1 + len(args)))
        callback = args[0] if args else None
        h = _handle(obj)
        if callback is None and cls is ref:
            for r in _live_refs(obj, id(obj)):
                if type(r) is ref and r._callback is None:
                    return r
        self = object.__new__(cls)
        self._h = h
        self._callback = callback
        self._hash = None
        _register(self, obj)
        if callback is not None:
            _weakref.track(self, obj)
        return self

    def __init__(self, obj, *args, **kw):
        if len(args) > 1:
            raise TypeError("__init__ expected at most 2 arguments, got %d" % (1 + len(args)))

    def _get(self):
        return _deref(self._h)

    def _alive(self):
        return _deref(self._h) is not None

    def __call__(self):
        return _deref(self._h)

    def __hash__(self):
        if self._hash is None:
            o = _deref(self._h)
            if o is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(o)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        a = _deref(self._h)
        b = _deref(other._h)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        a = _deref(self._h)
        b = _deref(other._h)
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        o = _deref(self._h)
        if o is None:
            return "<weakref at %s; dead>" % _addr(self)
        name = getattr(o, '__name__', None)
        tail = ""
        if isinstance(name, str):
            tail = " (%s)" % name
        return "<weakref at %s; to '%s' at %s%s>" % (
            _addr(self), type(o).__name__, _addr(o), tail)

    def __reduce__(self):
        raise TypeError("can't pickle weakref objects")

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


ReferenceType = ref


def getweakrefcount(obj):
    """How many weak references and proxies refer to obj."""
    try:
        return len(_live_refs(obj, id(obj)))
    except TypeError:
        return 0


def _rank(r):
    if _is_proxy(r):
        return 1 if object.__getattribute__(r, '_callback') is None else 2
    return 0 if type(r) is ref and r._callback is None else 2


def getweakrefs(obj):
    """The weak references and proxies that refer to obj (as CPython
    lists them: the plain ref first, then the plain proxy, then the rest)."""
    refs = _live_refs(obj, id(obj))
    return sorted(refs, key=_rank)


# ---------------------------------------------------------------- proxies

def _target(p):
    o = _deref(object.__getattribute__(p, '_h'))
    if o is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return o


class ProxyType(object):
    """A weak proxy: acts as its object while that object lives."""

    __slots__ = ('_h', '_callback', '__weakref__')

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __getattr__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        o = _deref(object.__getattribute__(self, '_h'))
        if o is None:
            return "<weakproxy at %s; dead>" % _addr(self)
        return "<weakproxy at %s to %s at %s>" % (_addr(self), type(o).__name__, _addr(o))

    def __str__(self):
        return str(_target(self))

    def __unicode__(self):
        return unicode(_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakproxy'")

    def __nonzero__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def next(self):
        return next(_target(self))

    def __contains__(self, x):
        return x in _target(self)

    def __getitem__(self, k):
        return _target(self)[k]

    def __setitem__(self, k, v):
        _target(self)[k] = v

    def __delitem__(self, k):
        del _target(self)[k]

    def __getslice__(self, i, j):
        return _target(self)[i:j]

    def __setslice__(self, i, j, v):
        _target(self)[i:j] = v

    def __delslice__(self, i, j):
        del _target(self)[i:j]

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __abs__(self):
        return abs(_target(self))

    def __invert__(self):
        return ~_target(self)

    def __int__(self):
        return int(_target(self))

    def __long__(self):
        return long(_target(self))

    def __float__(self):
        return float(_target(self))

    def __index__(self):
        import operator
        return operator.index(_target(self))

    def __oct__(self):
        return oct(_target(self))

    def __hex__(self):
        return hex(_target(self))


def _unwrap(x):
    if isinstance(x, ProxyType):
        return _target(x)
    return x


def _install_binary(name, fn):
    def op(self, other):
        return fn(_target(self), _unwrap(other))

    def rop(self, other):
        return fn(_unwrap(other), _target(self))

    def iop(self, other):
        o = _target(self)
        res = fn(o, _unwrap(other)) if name not in _inplace else _inplace[name](o, _unwrap(other))
        return self if res is o else res
    op.__name__ = '__%s__' % name
    rop.__name__ = '__r%s__' % name
    iop.__name__ = '__i%s__' % name
    setattr(ProxyType, '__%s__' % name, op)
    setattr(ProxyType, '__r%s__' % name, rop)
    setattr(ProxyType, '__i%s__' % name, iop)


def _inplace_op(opname):
    def f(a, b):
        m = getattr(type(a), '__i%s__' % opname, None)
        if m is not None:
            r = m(a, b)
            if r is not NotImplemented:
                return r
        return _binops[opname](a, b)
    return f


_binops = {
    'add': lambda a, b: a + b,
    'sub': lambda a, b: a - b,
    'mul': lambda a, b: a * b,
    'div': lambda a, b: a / b,
    'truediv': lambda a, b: a.__truediv__(b) if hasattr(a, '__truediv__') else a / b,
    'floordiv': lambda a, b: a // b,
    'mod': lambda a, b: a % b,
    'pow': lambda a, b: a ** b,
    'lshift': lambda a, b: a << b,
    'rshift': lambda a, b: a >> b,
    'and': lambda a, b: a & b,
    'or': lambda a, b: a | b,
    'xor': lambda a, b: a ^ b,
}
_inplace = dict((k, _inplace_op(k)) for k in _binops)
for _n, _f in _binops.items():
    _install_binary(_n, _f)


def _divmod(self, other):
    return divmod(_target(self), _unwrap(other))


def _rdivmod(self, other):
    return divmod(_unwrap(other), _target(self))


ProxyType.__divmod__ = _divmod
ProxyType.__rdivmod__ = _rdivmod


def _install_compare(name, fn):
    def cmpop(self, other):
        return fn(_target(self), _unwrap(other))
    cmpop.__name__ = '__%s__' % name
    setattr(ProxyType, '__%s__' % name, cmpop)


for _n, _f in [('eq', lambda a, b: a == b), ('ne', lambda a, b: a != b),
               ('lt', lambda a, b: a < b), ('le', lambda a, b: a <= b),
               ('gt', lambda a, b: a > b), ('ge', lambda a, b: a >= b)]:
    _install_compare(_n, _f)
del _n, _f


class CallableProxyType(ProxyType):
    """A weak proxy to a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyType.__name__ = 'weakproxy'
CallableProxyType.__name__ = 'weakcallableproxy'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to obj that does not keep it alive."""
    h = _handle(obj)
    cls = CallableProxyType if callable(obj) else ProxyType
    if callback is None:
        for r in _live_refs(obj, id(obj)):
            if type(r) is cls and object.__getattribute__(r, '_callback') is None:
                return r
    p = object.__new__(cls)
    object.__setattr__(p, '_h', h)
    object.__setattr__(p, '_callback', callback)
    _register(p, obj)
    if callback is not None:
        _weakref.track(p, obj)
    return p


def _proxy_get(self):
    return _deref(object.__getattribute__(self, '_h'))


def _proxy_alive(self):
    return _deref(object.__getattribute__(self, '_h')) is not None


def _is_proxy(x):
    return type(x) in ProxyTypes


def _alive_of(r):
    """Whether r (a ref or proxy, or None) still has a live referent."""
    if r is None:
        return False
    if _is_proxy(r):
        return _proxy_alive(r)
    return r._alive()


def _live_refs(obj, key):
    hs = _by_target.get(key)
    if not hs:
        return []
    out = []
    keep = []
    for h in hs:
        r = _deref(h)
        if r is None:
            continue
        if _is_proxy(r):
            if _proxy_get(r) is obj:
                out.append(r)
                keep.append(h)
        elif r._get() is obj:
            out.append(r)
            keep.append(h)
    if keep:
        hs[:] = keep
    else:
        # Another thread (or a callback) may have dropped it already.
        _by_target.pop(key, None)
    return out


def _fire(r):
    """Calls the callback of r, whose referent has died (once)."""
    if _is_proxy(r):
        cb = object.__getattribute__(r, '_callback')
        object.__setattr__(r, '_callback', None)
    else:
        cb = r._callback
        r._callback = None
    if cb is not None:
        try:
            cb(r)
        except Exception:
            import sys
            t, v = sys.exc_info()[:2]
            sys.stderr.write("Exception %s: %r in %r ignored\n" % (t.__name__, v, cb))


_weakref.set_sweeper(_fire)


# ------------------------------------------------------- weak containers

class KeyedRef(ref):
    """A ref that also remembers the dictionary key it was stored under."""

    __slots__ = ('key',)

    def __new__(cls, obj, callback, key):
        self = ref.__new__(cls, obj, callback)
        self.key = key
        return self

    def __init__(self, obj, callback, key):
        pass


import UserDict as _UserDict


def _update_from(d, src, kwargs):
    """dict.update's rules: a mapping, else anything dict() takes."""
    if src is not None:
        if not hasattr(src, 'items'):
            # Build a plain dict first, so a failing source changes nothing.
            src = dict(src)
        for k, v in src.items():
            d[k] = v
    for k, v in kwargs.items():
        d[k] = v


class _ItemViews:
    """keys/values and their iterators, from the items()/iteritems() of a
    weak dictionary (which skip entries whose referent died)."""

    def keys(self):
        return [k for k, v in self.items()]

    def iterkeys(self):
        for k, v in self.iteritems():
            yield k

    __iter__ = iterkeys

    def values(self):
        return [v for k, v in self.items()]

    def itervalues(self):
        for k, v in self.iteritems():
            yield v


class WeakValueDictionary(_ItemViews, _UserDict.UserDict):
    """A mapping whose values are held weakly: an entry goes away with its value."""

    # Iterations in progress (see iteritems).
    _iterating = 0

    def __init__(*args, **kw):
        self, args = args[0], args[1:]

        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None and not self._iterating:
                cur = self.data.get(wr.key)
                if cur is wr:
                    del self.data[wr.key]
        self._remove = remove
        self.data = {}
        if args or kw:
            self.update(*args, **kw)

    def _purge(self):
        dead = [k for k, r in self.data.items() if r() is None]
        for k in dead:
            # A callback run meanwhile (a collection) may have removed it.
            self.data.pop(k, None)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            del self.data[key]
            raise KeyError(key)
        return o

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    has_key = __contains__

    def __len__(self):
        if not self._iterating:
            self._purge()
        return len(self.data)

    def __repr__(self):
        return "<WeakValueDictionary at %s>" % _addr(self)

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        # An entry whose value died is gone (its removal may only have been
        # put off by an iteration).
        if self.data.pop(key)() is None:
            raise KeyError(key)

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for k, v in self.items():
            new[deepcopy(k, memo)] = v
        return new

    def get(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            return default
        if o is None:
            return default
        return o

    def items(self):
        out = []
        for k, r in self.data.items():
            o = r()
            if o is not None:
                out.append((k, o))
        return out

    def iteritems(self):
        # Lazily: an object that dies during the iteration is skipped.
        # While an iteration runs, dead entries stay (len() counts them,
        # as CPython's); the last one to end drops them.
        self._iterating += 1
        try:
            for k, r in list(self.data.items()):
                o = r()
                if o is not None:
                    yield k, o
        finally:
            self._iterating -= 1
            if not self._iterating:
                self._purge()

    def itervaluerefs(self):
        return iter(self.valuerefs())

    def valuerefs(self):
        self._purge()
        return list(self.data.values())

    def popitem(self):
        while True:
            k, r = self.data.popitem()
            o = r()
            if o is not None:
                return k, o

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError("pop expected at most 2 arguments, got %d" % (1 + len(default)))
        try:
            o = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(*args, **kwargs):
        self, args = args[0], args[1:]
        if len(args) > 1:
            raise TypeError("update expected at most 1 arguments, got %d" % len(args))
        _update_from(self, args[0] if args else None, kwargs)

    def clear(self):
        self.data.clear()


class WeakKeyDictionary(_ItemViews, _UserDict.UserDict):
    """A mapping whose keys are held weakly: an entry goes away with its key."""

    # Iterations in progress (see WeakValueDictionary.iteritems).
    _iterating = 0

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None and not self._iterating:
                try:
                    del self.data[k]
                except KeyError:
                    pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def _purge(self):
        dead = [r for r in self.data if r() is None]
        for r in dead:
            self.data.pop(r, None)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __len__(self):
        if not self._iterating:
            self._purge()
        return len(self.data)

    def __repr__(self):
        return "<WeakKeyDictionary at %s>" % _addr(self)

    def __contains__(self, key):
        try:
            r = ref(key)
        except TypeError:
            return False
        return r in self.data

    has_key = __contains__

    def copy(self):
        new = WeakKeyDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for k, v in self.items():
            new[k] = deepcopy(v, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        out = []
        for r, v in self.data.items():
            k = r()
            if k is not None:
                out.append((k, v))
        return out

    def iteritems(self):
        # Lazily: a key that dies during the iteration is skipped (dead
        # entries stay until the last iteration ends, as above).
        self._iterating += 1
        try:
            for r, v in list(self.data.items()):
                k = r()
                if k is not None:
                    yield k, v
        finally:
            self._iterating -= 1
            if not self._iterating:
                self._purge()

    def keyrefs(self):
        self._purge()
        return list(self.data.keys())

    def iterkeyrefs(self):
        return iter(self.keyrefs())

    def popitem(self):
        while True:
            r, v = self.data.popitem()
            k = r()
            if k is not None:
                return k, v

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, **kwargs):
        _update_from(self, dict, kwargs)

    def clear(self):
        self.data.clear()


from _weakrefset import WeakSet
