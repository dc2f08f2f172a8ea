# Uncaught TypeError from a bad operand inside a loop.
values = [1, 2, 'three']
print 'summing', len(values), 'values'
total = 0
for v in values:
    total = total + v
print total
