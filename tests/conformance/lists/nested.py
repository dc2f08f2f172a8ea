# Nested structures and aliasing.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print m[1][2], m[-1][-1], [row[0] for row in m], [m[i][i] for i in range(3)]
t = [[row[i] for row in m] for i in range(3)]
print t
flat = [x for row in m for x in row]
print flat, sum(flat)
m[0].append(10)
print m, len(m[0])
tree = ['root', [['a', []], ['b', [['c', []]]]]]
def walk(node, depth):
    print '  ' * depth + node[0]
    for child in node[1]:
        walk(child, depth + 1)
walk(tree, 0)
shared = [0]
outer = [shared, shared]
shared[0] = 'changed'
print outer
copy = [list(r) for r in m]
copy[0][0] = 'c'
print m[0][0], copy[0][0]
