# __eq__ that mutates the list being searched: index, in, remove, count.
class Mutator(object):
    def __init__(self, target, action):
        self.target = target
        self.action = action
        self.calls = 0
    def __eq__(self, other):
        self.calls += 1
        if self.calls < 20:
            self.action(self.target)
        return False
def run(label, op, action):
    lst = [1, 2, 3]
    m = Mutator(lst, action)
    try:
        result = op(lst, m)
        print label, 'result', repr(result),
    except ValueError:
        print label, 'raised ValueError',
    print 'calls', m.calls, 'final length', len(lst)
grow = lambda l: l.append(0)
shrink = lambda l: l.pop() if l else None
clear = lambda l: l.__delitem__(slice(None))
insert_front = lambda l: l.insert(0, 'front')
for name, action in [('grow', grow), ('shrink', shrink), ('clear', clear), ('insert_front', insert_front)]:
    run('in/' + name, lambda l, m: m in l, action)
    run('not in/' + name, lambda l, m: m not in l, action)
    run('count/' + name, lambda l, m: l.count(m), action)
    run('index/' + name, lambda l, m: l.index(m), action)
    run('remove/' + name, lambda l, m: l.remove(m), action)
class Finder(object):
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        if len(self.target) < 12:
            self.target.append('tail')
        return other == 3
l = [1, 2, 3, 4]
f = Finder(l)
print l.index(f), len(l)
print l.count(f), len(l)
l.remove(f)
print l
print 'finished'
