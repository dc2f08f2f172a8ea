# A generator left unfinished is closed when it is no longer referenced, so its
# finally clause runs at that point.
def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print 'generator cleaned up'
for n in numbers():
    if n == 2:
        break
print 'after loop'
g = numbers()
print g.next()
del g
print 'after del'
