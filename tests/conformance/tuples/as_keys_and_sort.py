# Tuples as dict keys, sort keys and records.
people = [('alice', 30, 'NY'), ('bob', 25, 'LA'), ('carol', 30, 'LA'), ('dave', 25, 'NY')]
print sorted(people, key=lambda p: (p[1], p[0]))
print sorted(people, key=lambda p: (-p[1], p[2]))
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append(name)
print sorted(by_city.items())
grid = {}
for x in range(3):
    for y in range(3):
        grid[x, y] = x * 3 + y
print grid[1, 2], grid[(2, 0)], (1, 1) in grid, (5, 5) in grid, len(grid)
print sorted(k for k in grid if k[0] == k[1])
print max(people, key=lambda p: (p[1], p[0]))[0]
nested = ((1, 2), (3, (4, 5)))
print nested[1][1][0], len(nested), nested == ((1, 2), (3, (4, 5)))
print zip(*[(1, 'a'), (2, 'b'), (3, 'c')])
