# Miscellaneous builtins: id-free checks of object(), type() three-arg, slice, len of ranges.
s = slice(1, 10, 2)
print s.start, s.stop, s.step, range(20)[s], 'abcdefghijk'[s]
print slice(3).stop, slice(3).start, slice(None), slice(1, 2)
print s.indices(5), slice(None, None, -1).indices(4)
T = type('T', (object,), {'v': 3, 'get': lambda self: self.v * 2})
print T.__name__, T().get(), T.v
print type(type('E', (), {})()).__name__
print issubclass(T, object), isinstance(T(), T)
print bin(10) if True else None, bin(-3), bin(0)
print sorted(['b', 'A', 'c'], key=str.lower), sorted([3, 1, 2])[::-1]
print divmod(2 ** 65, 7), pow(3, 4), abs(-2 ** 65)
print round(7.25, 1), round(7.35, 1), round(-0.0), round(1e20)
print len(range(0, 100, 7)), range(100)[::25], xrange(3, 30, 9)[-1]
