# Explicit and implicit line joining, comments, semicolons.
x = 1 + \
    2 + \
    3
print x
y = (1 +
     2 +   # a comment inside brackets
     3)
print y
lst = [
    1,
    2,
    3,  # trailing comma
]
print lst
d = {'a': 1,
     'b': 2}
print sorted(d.items())
def f(a,
      b,
      c=3):
    return a + b + c
print f(1,
        2)
a = 1; b = 2; c = a + b; print c
if x == 6: print 'one-line if'; print 'same line'
for i in range(3): print i,
print
while False: pass
# a comment line
    # an indented comment line
print 'after comments' # trailing comment
if True and \
   x > 0:
    print 'continued condition'
t = 1, \
    2
print t
