# Closure cells compare by their contents; an empty cell orders first.
def f(x):
    if x:
        y = 1
    def g():
        return x
    def h():
        return y
    return g, h
g, h = f(0)
gc_, = g.func_closure
hc, = h.func_closure
print hc < gc_, gc_ >= hc, cmp(gc_, hc), cmp(hc, gc_), cmp(hc, hc), gc_ == gc_
a, _ = f(5)
b, _ = f(7)
ac, = a.func_closure
bc, = b.func_closure
print cmp(ac, bc), ac < bc, ac == bc, sorted([bc, hc, ac]) == [hc, ac, bc]
c, _ = f(5)
print ac == c.func_closure[0], cmp(ac, c.func_closure[0])
