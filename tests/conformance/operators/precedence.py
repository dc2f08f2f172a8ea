# Operator precedence and associativity.
print 2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2
print 10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 ** 2 ** 3
print 1 + 2 << 1, 1 + (2 << 1), 6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4
print not 1 == 2, not 1 and 0, not (1 and 0)
print 1 or 0 and 0, (1 or 0) and 0
print 3 < 4 == True, (3 < 4) == True
print -3 % 5, -(3 % 5), ~1 + 1, ~(1 + 1)
print 2 * -3, 2 ** -1, - - 4, + - 4, -~5, ~-5
print 'a' + 'b' * 3, ('a' + 'b') * 3
print 7 // 2 * 2 + 7 % 2
print 1 if 2 > 1 else 0 + 100
print [1, 2] + [3] * 2
print 5 > 3 and 'yes' or 'no'
lst = [1, 2, 3]
print lst[1] ** 2, -lst[0], not lst
