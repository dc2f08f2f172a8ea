# Uncaught AttributeError on None returned by a search function.
import sys
def find(xs, k):
    for x in xs:
        if x == k:
            return x
r = find([1, 2], 3)
sys.stdout.write("r is %r\n" % r)
r.upper()
