# Iterating over sys.stdin line by line.
import sys
count = 0
for line in sys.stdin:
    count += 1
    print count, line.rstrip('\n').upper()
print 'lines', count
data = sys.stdin.read()
print repr(data)
