# Uncaught IndexError in a Stack.peek method.
class Stack(object):
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def peek(self):
        return self.items[-1]
s = Stack()
s.push(1)
print s.pop()
print s.peek()
