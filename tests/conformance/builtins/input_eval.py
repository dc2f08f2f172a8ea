# input() evaluates the line in the caller's namespaces.
x = 3
def f():
    y = 4
    return input("expr? ")
print f()
print input()
try:
    input()
except EOFError as e:
    print "eof", e
