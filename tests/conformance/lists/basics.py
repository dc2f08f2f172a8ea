# List construction, indexing, len, concatenation, repetition, membership.
a = [1, 2, 3]
b = list('abc')
c = list((4, 5))
e = []
print a, b, c, e, list(), list(xrange(3)), list(a) is a, list(a) == a
print a[0], a[-1], a[1:], a[::-1], len(a), len(e)
print a + c, a * 2, 2 * a, [0] * 3, [] * 5, a * 0, a * -1
print 2 in a, 7 in a, 'b' in b, [1] in [[1], 2]
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print grid
alias = [[0] * 2] * 2
alias[0][0] = 9
print alias
a[1] = 'two'
print a
a[-1] = [3]
print a
try:
    a[3]
except IndexError as e:
    print 'IndexError:', e
try:
    a[-4] = 0
except IndexError as e:
    print 'IndexError:', e
try:
    [].pop()
except IndexError as e:
    print 'IndexError:', e
print [x * x for x in range(5)], [i for i in 'ab']
print [1, [2, [3, [4]]]][1][1][1][0]
print max([3, 1, 2]), min([3, 1, 2]), sum([1, 2, 3])
