# operator.index and the __add__-style aliases.
import operator
print operator.index(5), operator.__add__(1, 2), operator.__mul__('a', 3)
