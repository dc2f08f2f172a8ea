# A recursive-descent calculator with a custom ParseError.
class ParseError(Exception):
    pass
def tokenize(s):
    tokens, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == '.'):
                j += 1
            tokens.append(('num', float(s[i:j]) if '.' in s[i:j] else int(s[i:j])))
            i = j
        elif c in '+-*/()%^':
            tokens.append(('op', c)); i += 1
        else:
            raise ParseError('bad char %r at %d' % (c, i))
    return tokens
class Parser(object):
    def __init__(self, tokens):
        self.toks = tokens; self.pos = 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else (None, None)
    def take(self):
        t = self.peek(); self.pos += 1; return t
    def expr(self):
        v = self.term()
        while self.peek()[1] in ('+', '-'):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == '+' else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ('*', '/', '%'):
            op = self.take()[1]
            r = self.factor()
            if op == '*': v *= r
            elif op == '/': v /= r
            else: v %= r
        return v
    def factor(self):
        b = self.unary()
        if self.peek()[1] == '^':
            self.take()
            return b ** self.factor()
        return b
    def unary(self):
        if self.peek()[1] == '-':
            self.take(); return -self.unary()
        kind, val = self.take()
        if kind == 'num': return val
        if val == '(':
            v = self.expr()
            if self.take()[1] != ')': raise ParseError('expected )')
            return v
        raise ParseError('unexpected %r' % (val,))
def calc(s):
    p = Parser(tokenize(s))
    v = p.expr()
    if p.pos != len(p.toks): raise ParseError('trailing tokens')
    return v
for e in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', '7 / 2', '7.0 / 2', '10 % 4 - 3',
          '2 * (3 + 4) * 5', '1 / 0', '1 +', '3 $ 4', '((2)', '2 ^ 100', '1.5 * 4', '0.1 + 0.2']:
    try:
        print '%-16s = %r' % (e, calc(e))
    except ParseError as ex:
        print '%-16s ! ParseError: %s' % (e, ex)
    except ZeroDivisionError as ex:
        print '%-16s ! %s: %s' % (e, type(ex).__name__, ex)
