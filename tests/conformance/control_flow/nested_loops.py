# Nested loops, break only leaves the innermost, flag patterns.
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print i, j
found = None
for i in range(2, 20):
    for d in range(2, i):
        if i % d == 0:
            break
    else:
        found = i if found is None else found
        print i, 'is prime'
print 'first prime', found
for row in [[1, 2], [3, 4]]:
    for cell in row:
        print cell,
    print '|',
print
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j > i:
            break
    print 'i', i, 'j', j
    i += 1
