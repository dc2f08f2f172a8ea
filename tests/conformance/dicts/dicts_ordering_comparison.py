# Python 2 orders dicts: shorter first, else by the smallest differing key,
# then by that key's values.
print cmp({1: 1}, {1: 2}), cmp({1: 2}, {1: 1}), cmp({1: 1}, {1: 1})
print {1: 1} < {1: 2}, {1: 1} > {1: 2}, {'a': 1} < {'b': 0}, {'a': 5} < {'b': 0}
print cmp({1: 1}, {1: 1, 2: 2}), cmp({9: 9}, {1: 1, 2: 2})
print sorted([{1: 2}, {1: 1}, {}, {0: 5}])
print max({'x': 1}, {'x': 3}, {'x': 2}), min([{'a': 'z'}, {'a': 'b'}])
