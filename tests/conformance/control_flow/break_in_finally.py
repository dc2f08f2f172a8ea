# break inside a finally clause, reached by continue/return/normal exit
count = 0
while 1:
    count += 1
    try:
        continue
    finally:
        break
print 'while', count

count = 0
for i in range(10):
    count += 1
    try:
        continue
    finally:
        break
print 'for', count, i


def f():
    for i in range(5):
        try:
            return i
        finally:
            if i < 3:
                break
    return 'after', i
print f()


def g():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                try:
                    continue
                finally:
                    out.append((i, j))
            finally:
                if j == 1:
                    break
    return out
print g()

n = 0
while n < 100:
    n += 1
    try:
        pass
    finally:
        if n == 7:
            break
print 'plain', n
