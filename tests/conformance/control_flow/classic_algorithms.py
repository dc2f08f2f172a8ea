# Binary search, Caesar cipher, Roman numerals, N-queens, Game of Life, Collatz.
def binary_search(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x: return mid
        elif a[mid] < x: lo = mid + 1
        else: hi = mid - 1
    return -1
a = range(0, 100, 3)
print [binary_search(a, x) for x in (0, 3, 99, 50, -1, 100)]
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return ''.join(out)
enc = caesar('Hello, World!', 3)
print enc, caesar(enc, -3)
def is_pal(s):
    s = ''.join(c.lower() for c in s if c.isalnum())
    return s == s[::-1]
print [is_pal(s) for s in ['A man, a plan, a canal: Panama', 'hello', '', 'Racecar']]
def to_roman(n):
    vals = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
            (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
    res = ''
    for v, s in vals:
        while n >= v:
            res += s; n -= v
    return res
print [to_roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)]
def from_roman(s):
    m = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    for i, c in enumerate(s):
        if i + 1 < len(s) and m[c] < m[s[i + 1]]: total -= m[c]
        else: total += m[c]
    return total
print from_roman('MCMXCIV'), from_roman('XLII')
def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault(''.join(sorted(w)), []).append(w)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)
print anagrams(['listen', 'silent', 'enlist', 'google', 'gogole', 'cat', 'act', 'dog'])
def gcd(a, b):
    while b: a, b = b, a % b
    return a
def lcm(a, b): return a * b // gcd(a, b)
print gcd(48, 18), lcm(4, 6), reduce(lcm, range(1, 21))
def queens(n):
    sols = []
    def place(row, cols):
        if row == n:
            sols.append(cols[:]); return
        for c in range(n):
            if all(c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)):
                cols.append(c); place(row + 1, cols); cols.pop()
    place(0, [])
    return sols
s = queens(6)
print len(s), s[0], len(queens(8))
def life(board):
    rows, cols = len(board), len(board[0])
    def nb(r, c):
        return sum(board[(r + dr) % rows][(c + dc) % cols] for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
    return [[1 if (board[r][c] and nb(r, c) in (2, 3)) or (not board[r][c] and nb(r, c) == 3) else 0 for c in range(cols)] for r in range(rows)]
b = [[0, 1, 0, 0, 0], [0, 0, 1, 0, 0], [1, 1, 1, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]
for gen in range(3):
    print '\n'.join(''.join('#' if x else '.' for x in row) for row in b)
    print
    b = life(b)
def spiral(m):
    res = []
    while m:
        res += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return res
print spiral([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print max((collatz(i), i) for i in range(1, 3000))
print sum(int(d) for d in str(2 ** 1000)), len(str(reduce(lambda a, b: a * b, range(1, 101))))
