# Recursion 900 deep must succeed with the default limit.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print depth(900)
def build(n):
    return [] if n == 0 else [build(n - 1)]
nested = build(900)
count = 0
node = nested
while node:
    node = node[0]
    count += 1
print count
def sum_list(l):
    return 0 if not l else l[0] + sum_list(l[1:])
print sum_list(range(900))
class Node(object):
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for i in range(900):
    head = Node(head)
print head.length()
