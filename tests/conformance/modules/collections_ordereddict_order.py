# OrderedDict.popitem pops the last item by default; equality is order-sensitive.
from collections import OrderedDict
od = OrderedDict([('b', 1), ('a', 2), ('c', 3)])
print od.popitem(), od
print od.popitem(last=False), od
print OrderedDict([(1, 2), (3, 4)]) == OrderedDict([(3, 4), (1, 2)])
print OrderedDict([(1, 2), (3, 4)]) == dict([(3, 4), (1, 2)])
