# More nested comprehension patterns.
print [(i, j, k) for i in range(2) for j in range(2) for k in range(2) if i + j + k == 2]
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print grid
print [sum(row) for row in grid], [sum(col) for col in zip(*grid)]
print [[grid[r][c] for r in range(3)] for c in range(3)]
print [x for row in grid for x in row if x % 2 == 0]
words = ['hello', 'world', 'python']
print [ch for w in words for ch in w if ch in 'aeiou']
print {w: [c for c in w if c not in 'aeiou'] for w in words}['python']
print sorted({len(w) for w in words})
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print pyth
print [[1 if r == c else 0 for c in range(3)] for r in range(3)]
