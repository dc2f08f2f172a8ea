# A Money class: NotImplemented, reflected ops, __index__, sequence protocol.
class Money(object):
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, (int, long)):
            return Money(self.cents + o)
        return NotImplemented
    def __radd__(self, o):
        return self.__add__(o)
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __le__(self, o):
        return self.cents <= o.cents
    def __str__(self):
        return '$%d.%02d' % divmod(self.cents, 100)
    def __repr__(self):
        return 'Money(%d)' % self.cents
    def __int__(self): return self.cents
    def __float__(self): return self.cents / 100.0
    def __hash__(self): return hash(self.cents)
    def __contains__(self, x): return x == 1
    def __neg__(self): return Money(-self.cents)
    def __pos__(self): return self
    def __mod__(self, o): return Money(self.cents % o)
    def __pow__(self, o): return Money(self.cents ** o)
    def __lshift__(self, o): return Money(self.cents << o)
    def __and__(self, o): return 'and'
    def __rsub__(self, o): return Money(o - self.cents)
    def __index__(self): return 2
m = Money(150)
print m + Money(25), m + 5, 5 + m, sum([Money(1), Money(2)]), m == Money(150), m != Money(1)
print str(m), repr(m), int(m), float(m), 1 in m, -m, +m, m % 7, Money(3) ** 2, m << 1, m & 1, 10 - Money(3)
print [1, 2, 3, 4][m], 'abcd'[Money(0)]
print sorted([Money(5), Money(1), Money(3)]), Money(1) <= Money(1), Money(2) > Money(1), Money(2) >= Money(3)
try:
    m + 'x'
except TypeError as e:
    print 'TypeError', e
try:
    m * 2
except TypeError as e:
    print 'TypeError', e
try:
    'x' + m
except TypeError as e:
    print 'TypeError', e
class Seq(object):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return 'slice(%r, %r, %r)' % (i.start, i.stop, i.step)
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError('seq index out of range')
        return i * i
    def __setitem__(self, i, v): print 'set', i, v
    def __delitem__(self, i): print 'del', i
    def __reversed__(self): return iter(['rev'])
s = Seq(4)
print list(s), s[-1], s[1:3], s[::2], s[:], len(s), list(reversed(s)), sorted(s, reverse=True)
s[0] = 9; del s[1]; s[1:2] = [1]; del s[::3]
print 9 in s, 4 in s, max(s), tuple(s), zip(s, 'ab')
class It(object):
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def next(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print list(It()), [x for x in It()], sum(It()), dict.fromkeys(It())
class Bool(object):
    def __init__(self, v): self.v = v
    def __nonzero__(self): return self.v
class Len(object):
    def __len__(self): return 0
print bool(Bool(True)), bool(Bool(False)), not Bool(False), bool(Len()), 'yes' if Len() else 'no'
class Bad(object):
    def __len__(self): return -1
try:
    len(Bad())
except ValueError as e:
    print 'ValueError', e
class BadStr(object):
    def __str__(self): return 5
try:
    str(BadStr())
except TypeError as e:
    print 'TypeError', e
