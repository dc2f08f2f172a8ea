# Recursion limit handling, Ackermann, Hanoi, permutations, a BST.
import sys
print sys.getrecursionlimit()
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print depth(900)
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RuntimeError as e:
    print 'RuntimeError:', e
sys.setrecursionlimit(50)
try:
    depth(100)
except RuntimeError as e:
    print 'limited:', e
print depth(40)
sys.setrecursionlimit(1000)
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print ackermann(2, 3)
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print len(hanoi(10, 'A', 'B', 'C', [])), hanoi(2, 'A', 'B', 'C', [])
def perms(s):
    if len(s) <= 1: return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i+1:])]
print perms('abc')
class Node(object):
    def __init__(self, v, l=None, r=None): self.v, self.l, self.r = v, l, r
def insert(t, v):
    if t is None: return Node(v)
    if v < t.v: t.l = insert(t.l, v)
    else: t.r = insert(t.r, v)
    return t
def inorder(t):
    return inorder(t.l) + [t.v] + inorder(t.r) if t else []
root = None
for v in [5, 3, 8, 1, 4, 9, 7]:
    root = insert(root, v)
print inorder(root)
def height(t): return 0 if t is None else 1 + max(height(t.l), height(t.r))
print height(root)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print 'ValueError', e
