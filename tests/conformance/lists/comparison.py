# List comparison (lexicographic), equality, identity.
print [1, 2, 3] == [1, 2, 3], [1, 2, 3] != [1, 2, 4], [1, 2] < [1, 2, 3], [2] > [1, 9, 9]
print [] < [0], [] == [], [[1]] < [[2]], [1, 'a'] < [1, 'b'], [1, 2] <= [1, 2]
print cmp([1, 2], [1, 3]), cmp([2], [1, 5]), cmp([], []), cmp([1], [])
print [1.0, 2] == [1, 2L], [0] == [False], [None] == [None]
a = [1, [2, 3]]
b = [1, [2, 3]]
print a == b, a is b, a[1] == b[1], a[1] is b[1]
print max([[1, 2], [1, 3], [0, 9]]), min([[1, 2], [1], [1, 2, 0]])
print sorted([[2, 1], [1, 2], [1], [], [1, 1, 1]])
print [1, 2] == (1, 2), list((1, 2)) == [1, 2]
