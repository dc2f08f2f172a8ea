# itertools.compress and combinations_with_replacement; itertools reprs.
import itertools
print list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1]))
print list(itertools.combinations_with_replacement('ab', 2))
print itertools.count(5), itertools.repeat('x', 2)
