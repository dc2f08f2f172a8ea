# Runaway recursion that passes through a builtin or an operator slot reports
# "maximum recursion depth exceeded while calling a Python object".
class Adder(object):
    def __add__(self, other):
        return self + other
try:
    Adder() + 1
except RuntimeError as e:
    print 'add:', e
class Sized(object):
    def __len__(self):
        return len(self)
try:
    len(Sized())
except RuntimeError as e:
    print 'len:', e
def via_map(n):
    return map(via_map, [n + 1])
try:
    via_map(0)
except RuntimeError as e:
    print 'map:', e
