# raw_input with prompts, sys.stdin.readline/readlines/read and EOFError.
import sys
n = int(raw_input('How many? '))
name = raw_input('Name: ')
nums = map(int, raw_input().split())
print 'n=%d name=%s sum=%d' % (n, name, sum(nums))
line = sys.stdin.readline()
print repr(line)
rest = sys.stdin.readlines()
print rest
print repr(sys.stdin.readline()), repr(sys.stdin.read())
try:
    raw_input('prompt> ')
except EOFError as e:
    print 'EOFError', repr(str(e))
