class P(object): x = 5
import copy_reg
print copy_reg.__newobj__(P).__class__.__name__
class Q(object):
    def __init__(self): self.a = 1
print copy_reg._reconstructor(Q, object, None).__class__.__name__
print Q().__reduce_ex__(0)[0].__name__ if hasattr(Q(), '__reduce_ex__') else '_reconstructor'
print copy_reg._reduce_ex(Q(), 0)[1:]
class L(list): pass
l = L([1, 2]); print copy_reg._reduce_ex(l, 0)[1][1:], copy_reg._reconstructor(L, list, [3, 4])
copy_reg.add_extension('m', 'n', 5); copy_reg.add_extension('m', 'n', 5)
for args in [('m', 'n', 6), ('x', 'y', 5), ('a', 'b', 0)]:
    try: copy_reg.add_extension(*args)
    except ValueError as e: print e
try: copy_reg.remove_extension('m', 'n', 6)
except ValueError as e: print e
copy_reg.remove_extension('m', 'n', 5); print copy_reg._extension_registry
try: copy_reg.pickle(Q, 3)
except TypeError as e: print e
class Old: pass
try: copy_reg.pickle(Q, 5)
except TypeError as e: print e
copy_reg.pickle(Q, len); print copy_reg.dispatch_table[Q] is len
try: copy_reg.constructor(1)
except TypeError as e: print e
class S(object): __slots__ = ('a', '__b')
print copy_reg._slotnames(S)
