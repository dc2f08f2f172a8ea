"""Python 2.7's functools, written in Python."""

reduce = reduce

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            setattr(wrapper, attr, getattr(wrapped, attr))
        except (AttributeError, TypeError):
            pass
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except (AttributeError, TypeError):
            pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


class _ReadOnly(object):
    """A partial attribute that can be read but not set or deleted."""

    def __init__(self, slot):
        self.slot = slot

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return object.__getattribute__(obj, self.slot)

    def __set__(self, obj, value):
        raise TypeError("readonly attribute")

    def __delete__(self, obj):
        raise TypeError("readonly attribute")


def _class_attr(cls, name):
    for c in cls.__mro__:
        if name in c.__dict__:
            return c.__dict__[name]
    return None


_PARTIAL_SLOTS = ('_p_func', '_p_args', '_p_kw', '_p_dict')


class partial(object):
    """partial(func, *args, **keywords): func with some arguments fixed."""

    __slots__ = _PARTIAL_SLOTS + ('__weakref__',)

    def __new__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        cls, func = args[0], args[1]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self = object.__new__(cls)
        object.__setattr__(self, '_p_func', func)
        object.__setattr__(self, '_p_args', tuple(args[2:]))
        object.__setattr__(self, '_p_kw', dict(keywords))
        return self

    func = _ReadOnly('_p_func')
    args = _ReadOnly('_p_args')
    keywords = _ReadOnly('_p_kw')

    def __call__(*args, **kw):
        self = args[0]
        if self._p_kw:
            kws = dict(self._p_kw)
            kws.update(kw)
        else:
            kws = kw
        return self._p_func(*(self._p_args + args[1:]), **kws)

    # The instance dictionary is kept apart from the slots above, so that
    # __dict__ shows only the attributes set by the user.
    def _get_dict(self):
        try:
            d = object.__getattribute__(self, '_p_dict')
        except AttributeError:
            d = None
        if d is None:
            d = {}
            object.__setattr__(self, '_p_dict', d)
        return d

    def _set_dict(self, value):
        if not isinstance(value, dict):
            raise TypeError("setting partial object's dictionary to a non-dict")
        object.__setattr__(self, '_p_dict', value)

    def _del_dict(self):
        raise TypeError("a partial object's dictionary may not be deleted")

    __dict__ = property(_get_dict, _set_dict, _del_dict)

    def __getattr__(self, name):
        if name in _PARTIAL_SLOTS or name.startswith('__'):
            raise AttributeError("'%s' object has no attribute '%s'" %
                                 (type(self).__name__, name))
        try:
            return self._get_dict()[name]
        except KeyError:
            raise AttributeError("'%s' object has no attribute '%s'" %
                                 (type(self).__name__, name))

    def __setattr__(self, name, value):
        attr = _class_attr(type(self), name)
        if isinstance(attr, property):
            attr.fset(self, value)
        elif hasattr(attr, '__set__'):
            attr.__set__(self, value)
        else:
            self._get_dict()[name] = value

    def __delattr__(self, name):
        attr = _class_attr(type(self), name)
        if isinstance(attr, property):
            attr.fdel(self)
            return
        if hasattr(attr, '__delete__'):
            attr.__delete__(self)
            return
        try:
            del self._get_dict()[name]
        except KeyError:
            raise AttributeError(name)

    def __reduce__(self):
        return (type(self), (self._p_func,),
                (self._p_func, self._p_args, self._p_kw,
                 self._get_dict() or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, kw, d = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kw is not None and not isinstance(kw, dict))):
            raise TypeError("invalid partial state")
        object.__setattr__(self, '_p_func', func)
        # Exact tuples and dicts are shared, as CPython does (copy.copy).
        if type(args) is not tuple:
            args = tuple(args)
        if kw is None:
            kw = {}
        elif type(kw) is not dict:
            kw = dict(kw)
        object.__setattr__(self, '_p_args', args)
        object.__setattr__(self, '_p_kw', kw)
        object.__setattr__(self, '_p_dict', d)


# For each operation a class may define, how the other three follow from it
# (2.7's formulas, which use only the root operation and ==).
_ORDER_FROM = {
    '__lt__': [('__gt__', lambda self, other: not (self < other or self == other)),
               ('__ne__', lambda self, other: not self == other),
               ('__le__', lambda self, other: self < other or self == other),
               ('__ge__', lambda self, other: not self < other)],
    '__le__': [('__ge__', lambda self, other: not self <= other or self == other),
               ('__ne__', lambda self, other: not self == other),
               ('__lt__', lambda self, other: self <= other and not self == other),
               ('__gt__', lambda self, other: not self <= other)],
    '__gt__': [('__lt__', lambda self, other: not (self > other or self == other)),
               ('__ne__', lambda self, other: not self == other),
               ('__ge__', lambda self, other: self > other or self == other),
               ('__le__', lambda self, other: not self > other)],
    '__ge__': [('__le__', lambda self, other: (not self >= other) or self == other),
               ('__ne__', lambda self, other: not self == other),
               ('__gt__', lambda self, other: self >= other and not self == other),
               ('__lt__', lambda self, other: not self >= other)],
}


def total_ordering(cls):
    # The operations the class itself lists (dir: its own and its bases');
    # the missing ones, and __ne__, come from the greatest name present
    # ('__lt__' first), as in 2.7.
    present = set(dir(cls))
    roots = present & set(_ORDER_FROM)
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for name, func in _ORDER_FROM[max(roots)]:
        if name not in present:
            func.__name__ = name
            setattr(cls, name, func)
    return cls


def cmp_to_key(mycmp):
    class K(object):
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        def __ne__(self, other):
            return mycmp(self.obj, other.obj) != 0
    return K
