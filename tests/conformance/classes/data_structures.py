# Stack, two-list queue, BST iterator and graph BFS/DFS built from classes.
class Stack(object):
    def __init__(self): self._d = []
    def push(self, x): self._d.append(x)
    def pop(self):
        if not self._d: raise IndexError('pop from empty stack')
        return self._d.pop()
    def peek(self): return self._d[-1]
    def __len__(self): return len(self._d)
    def __nonzero__(self): return bool(self._d)
    def __repr__(self): return 'Stack(%r)' % self._d
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = Stack()
    for c in s:
        if c in '([{': st.push(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]: return False
    return not st
for s in ['()', '([]{})', '(]', '((', '', 'a(b)c', '}{']:
    print repr(s), balanced(s)
def rpn(expr):
    st = Stack()
    ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.push(ops[tok](a, b))
        else:
            st.push(float(tok) if '.' in tok else int(tok))
    return st.pop()
print rpn('3 4 + 2 *'), rpn('5 1 2 + 4 * + 3 -'), rpn('7 2 /'), rpn('7.0 2 /')
try:
    rpn('1 +')
except IndexError as e:
    print 'IndexError', e
class Queue2(object):
    def __init__(self): self.inbox, self.outbox = [], []
    def enqueue(self, x): self.inbox.append(x)
    def dequeue(self):
        if not self.outbox:
            while self.inbox: self.outbox.append(self.inbox.pop())
        return self.outbox.pop()
q = Queue2()
for i in range(3): q.enqueue(i)
print q.dequeue(),
q.enqueue(9)
print q.dequeue(), q.dequeue(), q.dequeue()
class TreeNode(object):
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
class BST(object):
    def __init__(self): self.root = None; self.n = 0
    def insert(self, k):
        self.n += 1
        if self.root is None: self.root = TreeNode(k); return
        cur = self.root
        while True:
            if k < cur.key:
                if cur.left is None: cur.left = TreeNode(k); return
                cur = cur.left
            else:
                if cur.right is None: cur.right = TreeNode(k); return
                cur = cur.right
    def __iter__(self):
        stack, cur = [], self.root
        while stack or cur:
            while cur: stack.append(cur); cur = cur.left
            cur = stack.pop()
            yield cur.key
            cur = cur.right
    def __contains__(self, k):
        cur = self.root
        while cur:
            if k == cur.key: return True
            cur = cur.left if k < cur.key else cur.right
        return False
    def __len__(self): return self.n
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35]: t.insert(k)
print list(t), len(t), 35 in t, 36 in t, min(t), max(t), sum(t)
graph = {'A': ['B', 'C'], 'B': ['D'], 'C': ['D', 'E'], 'D': ['F'], 'E': ['F'], 'F': []}
def bfs(g, s):
    seen, order, frontier = set([s]), [], [s]
    while frontier:
        n = frontier.pop(0); order.append(n)
        for m in g[n]:
            if m not in seen: seen.add(m); frontier.append(m)
    return order
def dfs(g, s, seen=None):
    if seen is None: seen = []
    seen.append(s)
    for m in g[s]:
        if m not in seen: dfs(g, m, seen)
    return seen
def paths(g, a, b):
    if a == b: return [[b]]
    return [[a] + p for m in g[a] for p in paths(g, m, b)]
print bfs(graph, 'A'), dfs(graph, 'A'), paths(graph, 'A', 'F')
