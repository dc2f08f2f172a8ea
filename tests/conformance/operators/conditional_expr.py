# Conditional expressions.
for n in [-2, 0, 3]:
    print n, 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
x = 5
y = x * 2 if x > 3 else x / 2
print y
print [('even' if i % 2 == 0 else 'odd') for i in range(4)]
f = lambda v: 'big' if v > 10 else 'small'
print f(20), f(1)
def side(v):
    print 'side', v
    return v
print side(1) if True else side(2)
print side(1) if False else side(2)
print (1 if 0 else 2) + 10
z = 'a' if [] else 'b' if '' else 'c'
print z
