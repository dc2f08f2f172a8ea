# Uncaught EOFError from raw_input at end of input.
total = 0
while True:
    line = raw_input()
    total += sum(int(x) for x in line.split())
    print 'running total', total
