# Comparing nests of lists or tuples counts one recursion level per level,
# so nests of ~990 compare and deeper ones raise RuntimeError "in cmp".
def nest(n, make):
    a = make([])
    for i in range(n):
        a = make([a])
    return a
for make in (list, tuple):
    for n in (10, 400, 600, 900, 980, 1500, 5000):
        a, b = nest(n, make), nest(n, make)
        try:
            print make.__name__, n, a == b, a < b, a != b
        except RuntimeError as e:
            print make.__name__, n, 'RuntimeError', e
x, y = [1, [2, [3, [4]]]], [1, [2, [3, [5]]]]
print x == y, x < y, cmp(x, y), x > y
