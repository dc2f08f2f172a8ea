"""Python 2.7's types: names for the built-in types."""

NoneType = type(None)
TypeType = type
ObjectType = object
IntType = int
LongType = long
FloatType = float
ComplexType = complex
BooleanType = bool
StringType = str
UnicodeType = unicode
StringTypes = (str,)
BufferType = str
TupleType = tuple
ListType = list
DictType = DictionaryType = dict


def _f():
    pass


FunctionType = LambdaType = type(_f)


def _g():
    yield 1


GeneratorType = type(_g())


class _C(object):
    def _m(self):
        pass


ClassType = type
InstanceType = object
MethodType = UnboundMethodType = type(_C()._m)
BuiltinFunctionType = BuiltinMethodType = type(len)
ModuleType = type(__import__('sys'))
FileType = file
XRangeType = xrange
SliceType = slice
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
del _f, _g, _C
