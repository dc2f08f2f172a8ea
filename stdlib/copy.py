"""Python 2.7's copy module: shallow and deep copies of the built-in types
and of instances."""


class Error(Exception):
    pass


error = Error


def _bare(cls):
    # object.__new__ refuses subclasses of built-in types (list, dict...).
    try:
        return object.__new__(cls)
    except TypeError:
        return cls.__new__(cls)


def copy(x):
    cls = type(x)
    if cls in (int, long, float, complex, bool, str, tuple, frozenset, type(None)) or isinstance(x, type):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if hasattr(x, '__copy__'):
        return x.__copy__()
    new = _bare(cls)
    new.__dict__.update(x.__dict__)
    return new


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    i = id(x)
    if i in memo:
        return memo[i]
    cls = type(x)
    if cls in (int, long, float, complex, bool, str, type(None)) or isinstance(x, type) or callable(x) and not hasattr(x, "__dict__"):
        return x
    if cls is list:
        y = []
        memo[i] = y
        for a in x:
            y.append(deepcopy(a, memo))
        return y
    if cls is tuple:
        y = tuple([deepcopy(a, memo) for a in x])
        memo[i] = y
        return y
    if cls is dict:
        y = {}
        memo[i] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set or cls is frozenset:
        y = cls([deepcopy(a, memo) for a in x])
        memo[i] = y
        return y
    if hasattr(x, '__deepcopy__'):
        return x.__deepcopy__(memo)
    new = _bare(cls)
    memo[i] = new
    for k, v in x.__dict__.items():
        setattr(new, k, deepcopy(v, memo))
    return new
