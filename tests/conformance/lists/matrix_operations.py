# Matrix multiply, transpose, determinant with nested lists.
def mat_mul(A, B):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
def transpose(M):
    return map(list, zip(*M))
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def det(M):
    if len(M) == 1: return M[0][0]
    if len(M) == 2: return M[0][0]*M[1][1] - M[0][1]*M[1][0]
    total = 0
    for c in range(len(M)):
        minor = [row[:c] + row[c+1:] for row in M[1:]]
        total += (-1) ** c * M[0][c] * det(minor)
    return total
A = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
B = [[1, 0, 0], [0, 2, 0], [0, 0, 3]]
print mat_mul(A, B)
print transpose(A)
print identity(3)
print det(A), det(B)
for row in mat_mul(A, A):
    print ' '.join('%5d' % x for x in row)
for row in A:
    print '|' + '|'.join('%-4s' % x for x in row) + '|'
M = [[0.5, 1.25], [2.0, -3.75]]
for row in M:
    print ["%.3f" % x for x in row], row
print [[0] * 3] * 2
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print grid
