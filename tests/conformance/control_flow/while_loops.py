# while loops with else, break and continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print 'i =', i
else:
    print 'while finished normally, i =', i
n = 10
while n > 0:
    if n == 7:
        print 'breaking at', n
        break
    n -= 1
else:
    print 'not printed'
while False:
    print 'never'
else:
    print 'else of never-run while'
a, b = 0, 1
fib = []
while b < 100:
    fib.append(b)
    a, b = b, a + b
print fib
count = 0
while True:
    count += 1
    if count >= 3:
        break
print 'count', count
stack = [1, 2, 3]
while stack:
    print 'pop', stack.pop()
