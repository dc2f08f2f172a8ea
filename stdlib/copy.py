"""Python 2.7's copy module: shallow (copy) and deep (deepcopy) copies.

Values of immutable or identity-like types are returned as they are; lists,
dicts and sets are copied directly; other objects go through __copy__ /
__deepcopy__ or, failing those, their pickling reduction (copy_reg's table,
then __reduce_ex__(2), then __reduce__), which _reconstruct replays."""

import types
import weakref
from copy_reg import dispatch_table


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]


def _same(x, memo=None):
    return x


# Types whose values copy to themselves (shallow and deep alike).
_ATOMIC = [type(None), int, long, float, complex, bool, str, unicode,
           type, xrange, types.BuiltinFunctionType, type(Ellipsis),
           type(NotImplemented), types.FunctionType, weakref.ref]
try:
    _ATOMIC.append(type(_same.__code__))
except AttributeError:
    pass

_shallow = {}
for _t in _ATOMIC + [tuple, frozenset]:
    _shallow[_t] = _same
for _t in (list, dict, set):
    _shallow[_t] = lambda x: type(x)(x)
del _t


def _reduction(x, cls, what):
    """The pickling reduction copy and deepcopy rebuild x from."""
    reducer = dispatch_table.get(cls)
    if reducer:
        return reducer(x)
    reducer = getattr(x, "__reduce_ex__", None)
    if reducer:
        return reducer(2)
    reducer = getattr(x, "__reduce__", None)
    if reducer:
        return reducer()
    raise Error("un(%s)copyable object of type %s" % (what, cls))


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    fn = _shallow.get(cls)
    if fn:
        return fn(x)
    if issubclass(cls, type):
        return x
    fn = getattr(cls, "__copy__", None)
    if fn:
        return fn(x)
    return _reconstruct(x, _reduction(x, cls, "shallow"), 0)


def _deep_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deep_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple reached again through its own items has been copied already.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x


def _deep_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.iteritems():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deep_method(x, memo):
    return type(x)(x.im_func, deepcopy(x.im_self, memo), x.im_class)


_deep = {}
for _t in _ATOMIC:
    _deep[_t] = _same
_deep[list] = _deep_list
_deep[tuple] = _deep_tuple
_deep[dict] = _deep_dict
_deep[types.MethodType] = _deep_method
del _t


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    fn = _deep.get(cls)
    if fn:
        y = fn(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        fn = getattr(x, "__deepcopy__", None)
        if fn:
            y = fn(memo)
        else:
            y = _reconstruct(x, _reduction(x, cls, "deep"), 1, memo)
    memo[d] = y
    # x must outlive the memo: its id would otherwise be reused.
    _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, info, deep, memo=None):
    if isinstance(info, str):
        return x
    assert isinstance(info, tuple)
    if memo is None:
        memo = {}
    n = len(info)
    assert n in (2, 3, 4, 5)
    func, args = info[0], info[1]
    state = info[2] if n > 2 else None
    listiter = info[3] if n > 3 else None
    dictiter = info[4] if n > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state is not None:
                y.__dict__.update(state)
            if slots is not None:
                for key, value in slots.iteritems():
                    setattr(y, key, value)

    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
