# All solutions of the n-queens problem, found with permutations filtered
# by a set of diagonals (as pyperformance does), plus a recursive counter.
# Written for minipy's benches/.
import sys


def permutations(items):
    # lexicographic permutations of a list of distinct values, as tuples
    items = list(items)
    n = len(items)
    idx = range(n)
    cycles = range(n, 0, -1)
    yield tuple(items)
    while n:
        for i in reversed(range(n)):
            cycles[i] -= 1
            if cycles[i] == 0:
                idx[i:] = idx[i + 1:] + idx[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                idx[i], idx[-j] = idx[-j], idx[i]
                yield tuple([items[k] for k in idx])
                break
        else:
            return


def solutions(n):
    cols = range(n)
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def count_recursive(n, row=0, cols=0, d1=0, d2=0):
    if row == n:
        return 1
    total = 0
    for c in range(n):
        if not (cols >> c) & 1 and not (d1 >> (row + c)) & 1 and not (d2 >> (row - c + n)) & 1:
            total += count_recursive(n, row + 1, cols | (1 << c), d1 | (1 << (row + c)), d2 | (1 << (row - c + n)))
    return total


def main(n):
    sols = list(solutions(n))
    check = 0
    for s in sols:
        for i, c in enumerate(s):
            check = (check * 31 + c * (i + 1)) % 1000000007
    print len(sols), check
    print count_recursive(n + 1)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
