# Recursive functions.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print fact(0), fact(5), fact(20), fact(30)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print [fib(i) for i in range(15)]
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
m = hanoi(4, 'A', 'C', 'B', [])
print len(m), m[:3]
def flatten(x):
    if isinstance(x, list):
        out = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]
print flatten([1, [2, [3, [4, [5]]]], 6])
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print is_even(10), is_odd(7), is_even(7)
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print perms('abc')
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print ackermann(2, 3)
