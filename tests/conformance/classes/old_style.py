# Old-style classes used plainly (no type inspection).
class Old:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + self.x
class OldChild(Old):
    def get(self):
        return Old.get(self) * 10
o = OldChild(2)
print o.get(), o.v, o.x, isinstance(o, Old), isinstance(o, OldChild)
class OldStr:
    def __str__(self):
        return 'old str'
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i
os_ = OldStr()
print os_, len(os_), list(os_), str(os_)
class OldAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OldAdd(self.v + other.v)
print (OldAdd(1) + OldAdd(2)).v
class E:
    pass
e = E()
e.attr = 'dynamic'
print e.attr, hasattr(e, 'attr'), E.__name__
