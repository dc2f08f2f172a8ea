# Methods of built-in types repr as CPython's slot wrappers, method
# descriptors, method-wrappers and built-in methods (addresses hidden).
import re
def show(v):
    print re.sub(r'0x[0-9a-fA-F]+', '0x?', repr(v))
class A(object):
    pass
for v in [object.__hash__, object.__init__, object.__repr__, int.__add__, bool.__add__,
          list.__len__, list.__getitem__, dict.__getitem__, dict.__contains__,
          set.__contains__, str.__getitem__, tuple.__contains__, list.append,
          dict.keys, str.join, object.__reduce__, object.__format__, list.__reversed__,
          float.__trunc__, A.__hash__, A.__init__]:
    show(v)
for v in [object().__hash__, (1).__add__, True.__add__, [].append, {}.keys,
          ''.join, A().__init__, A().__repr__, [].__len__, [].__getitem__,
          (1.5).__trunc__, A().__reduce_ex__]:
    show(v)
print type(list.append).__name__ in ('method_descriptor', 'builtin_function_or_method')
print list.append.__name__, object.__hash__.__name__
show(BaseException.__reduce__)
show(BaseException.__str__)
show(KeyError().__reduce__)
show(KeyError().__str__)
