# A classic program mixing loops and conditions.
out = []
for n in range(1, 31):
    if n % 15 == 0:
        out.append('FizzBuzz')
    elif n % 3 == 0:
        out.append('Fizz')
    elif n % 5 == 0:
        out.append('Buzz')
    else:
        out.append(str(n))
print ' '.join(out)
def collatz(n):
    steps = 0
    while n != 1:
        n = n / 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print [collatz(n) for n in range(1, 15)]
print max(range(1, 1000), key=collatz)
