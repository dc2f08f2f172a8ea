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


class partial(object):
    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **kw):
        kws = dict(self.keywords)
        kws.update(kw)
        return self.func(*(self.args + args), **kws)


def total_ordering(cls):
    d = cls.__dict__
    if '__lt__' in d:
        if '__gt__' not in d:
            cls.__gt__ = lambda self, other: not (self < other or self == other)
        if '__le__' not in d:
            cls.__le__ = lambda self, other: self < other or self == other
        if '__ge__' not in d:
            cls.__ge__ = lambda self, other: not self < other
    elif '__gt__' in d:
        if '__lt__' not in d:
            cls.__lt__ = lambda self, other: not (self > other or self == other)
        if '__ge__' not in d:
            cls.__ge__ = lambda self, other: self > other or self == other
        if '__le__' not in d:
            cls.__le__ = lambda self, other: not self > other
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
