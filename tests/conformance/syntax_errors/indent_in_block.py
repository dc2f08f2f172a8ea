x = 5
while x > 0:
    x -= 1
        print x
