# all, any, bool, callable, isinstance, issubclass, hasattr.
print all([]), all([1, 2]), all([1, 0]), all('abc'), all(x > 0 for x in [1, 2])
print any([]), any([0, '']), any([0, 1]), any(iter([None, [1]]))
print bool(), bool(0), bool(1), bool(''), bool('a'), bool([]), bool(None), bool(0.0), bool(-1)
print callable(len), callable(1), callable(lambda: 1), callable(int), callable('')
print isinstance(1, int), isinstance(1L, long), isinstance(1, (str, int)), isinstance('a', (list, tuple))
print isinstance(True, int), isinstance(True, bool), isinstance(1, bool), isinstance(1.0, float)
print isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(None, type(None))
print isinstance(int, type), isinstance(object(), object), isinstance(3, object)
print issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, (str, int))
print issubclass(KeyError, Exception), issubclass(list, list)
print hasattr('abc', 'upper'), hasattr('abc', 'nope'), hasattr([], 'append'), hasattr(1, 'real')
print isinstance(True, (int, str)), type(True) == int, type(True) == bool
print True + 1, True * 10, False + 0, True == 1, sum([True, True, False])
