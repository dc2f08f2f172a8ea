# sys.setrecursionlimit(50) then recursing.
import sys
sys.setrecursionlimit(50)
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RuntimeError as e:
    print 'limit 50:', 'maximum recursion depth exceeded' in str(e)
count = [0]
def counting():
    count[0] += 1
    counting()
try:
    counting()
except RuntimeError:
    print 'reached between 30 and 50:', 30 <= count[0] <= 50
def shallow(n):
    return 0 if n == 0 else 1 + shallow(n - 1)
print shallow(20)
sys.setrecursionlimit(1000)
print shallow(500)
