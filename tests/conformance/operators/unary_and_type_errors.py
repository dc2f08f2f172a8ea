# Unary operators and TypeError messages for unsupported operand types.
print -5, +5, -(-5), ~5, -5.5, +5.5, -True, +False, ~True
print -(2 ** 64), ~(2 ** 64)
def attempt(text, fn):
    try:
        r = fn()
        print text, '=', repr(r)
    except TypeError as e:
        print text, '-> TypeError:', e
attempt("1 + 'a'", lambda: 1 + 'a')
attempt("'a' + 1", lambda: 'a' + 1)
attempt("[1] + (2,)", lambda: [1] + (2,))
attempt("'a' * 'b'", lambda: 'a' * 'b')
attempt("'ab' * 3", lambda: 'ab' * 3)
attempt("3 * 'ab'", lambda: 3 * 'ab')
attempt("[0] * 2.0", lambda: [0] * 2.0)
attempt("'a' - 'b'", lambda: 'a' - 'b')
attempt("None + 1", lambda: None + 1)
attempt("-'a'", lambda: -'a')
attempt("~1.5", lambda: ~1.5)
attempt("{} + {}", lambda: {} + {})
attempt("1 - [1]", lambda: 1 - [1])
attempt("'%d' % 'x'", lambda: '%d' % 'x')
attempt("2 ** 'a'", lambda: 2 ** 'a')
attempt("'abc' / 2", lambda: 'abc' / 2)
attempt("len(5)", lambda: len(5))
attempt("[1, 2][1.0]", lambda: [1, 2][1.0])
attempt("'abc'['x']", lambda: 'abc'['x'])
