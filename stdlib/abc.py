"""Abstract base classes: the ABCMeta metaclass and its decorators."""

import types


def abstractmethod(funcobj):
    """Marks a method abstract: a class keeping it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    """A property that subclasses must override."""
    __isabstractmethod__ = True


class _C:
    pass
_InstanceType = type(_C())
del _C


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


class ABCMeta(type):
    """Metaclass of abstract base classes: tracks abstract methods and lets
    unrelated classes be registered as virtual subclasses."""

    # Bumped by every register(); negative caches older than this are stale.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace):
        cls = super(ABCMeta, mcls).__new__(mcls, name, bases, namespace)
        abstracts = set()
        for attr, value in namespace.items():
            if _is_abstract(value):
                abstracts.add(attr)
        for base in bases:
            for attr in getattr(base, "__abstractmethods__", set()):
                if _is_abstract(getattr(cls, attr, None)):
                    abstracts.add(attr)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        # Direct subclasses, for __subclasscheck__ (the built-in
        # type.__subclasses__ does not track them).
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, (type, types.ClassType)):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1

    def _dump_registry(cls, file=None):
        print >> file, "Class: %s.%s" % (cls.__module__, cls.__name__)
        print >> file, "Inv.counter: %s" % ABCMeta._abc_invalidation_counter
        for name in sorted(cls.__dict__.keys()):
            if name.startswith("_abc_"):
                value = getattr(cls, name)
                print >> file, "%s: %r" % (name, value)

    def __instancecheck__(cls, instance):
        klass = getattr(instance, '__class__', None)
        if klass is not None and klass in cls._abc_cache:
            return True
        kind = type(instance)
        if kind is _InstanceType:
            kind = klass
        if kind is klass or klass is None:
            if (cls._abc_negative_cache_version ==
                    ABCMeta._abc_invalidation_counter and
                    kind in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(kind)
        return cls.__subclasscheck__(klass) or cls.__subclasscheck__(kind)

    def __subclasscheck__(cls, subclass):
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            assert isinstance(answer, bool)
            if answer:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return answer
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                cls._abc_cache.add(subclass)
                return True
        for derived in cls._abc_subclasses:
            if issubclass(subclass, derived):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False
