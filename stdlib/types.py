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
StringTypes = (str, unicode)
BufferType = str
TupleType = tuple
ListType = list
DictType = DictionaryType = dict


def _f():
    pass


FunctionType = LambdaType = type(_f)
CodeType = type(_f.func_code)


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


def _frame_and_traceback():
    import sys
    try:
        raise TypeError
    except TypeError:
        tb = sys.exc_info()[2]
        return type(sys._getframe()), type(tb)


FrameType, TracebackType = _frame_and_traceback()
GetSetDescriptorType = type(FileType.closed)
MemberDescriptorType = type(FileType.name)
del _f, _g, _C, _frame_and_traceback
