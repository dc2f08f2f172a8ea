# raw_input reads lines from stdin; EOFError at end of input.
name = raw_input()
print 'Hello, ' + name + '!'
n = int(raw_input())
print 'double:', n * 2
line = raw_input('prompt> ')
print
print 'got', repr(line)
rest = []
while True:
    try:
        rest.append(raw_input())
    except EOFError:
        print 'EOFError at end of input'
        break
print rest
