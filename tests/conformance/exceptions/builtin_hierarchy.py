# The builtin exception hierarchy of Python 2.7.
classes = [BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception,
           StopIteration, StandardError, ArithmeticError, ZeroDivisionError,
           OverflowError, FloatingPointError, AssertionError, AttributeError,
           EnvironmentError, IOError, OSError, EOFError, ImportError,
           LookupError, IndexError, KeyError, MemoryError, NameError,
           UnboundLocalError, ReferenceError, RuntimeError, NotImplementedError,
           SyntaxError, IndentationError, TabError, SystemError, TypeError,
           ValueError, UnicodeError, Warning, UserWarning, DeprecationWarning]
for cls in classes:
    print cls.__name__, '->', cls.__bases__[0].__name__ if cls is not BaseException else '(root)'
print issubclass(KeyError, LookupError), issubclass(IndexError, LookupError)
print issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, StandardError)
print issubclass(IOError, EnvironmentError), issubclass(OSError, EnvironmentError)
print issubclass(StopIteration, Exception), issubclass(StopIteration, StandardError)
for cls in [SystemExit, KeyboardInterrupt, GeneratorExit]:
    print cls.__name__, issubclass(cls, Exception), issubclass(cls, BaseException)
try:
    raise SystemExit(5)
except Exception:
    print 'wrong: Exception caught SystemExit'
except BaseException as e:
    print 'BaseException caught SystemExit, code', e.code
try:
    raise KeyboardInterrupt
except Exception:
    print 'wrong'
except KeyboardInterrupt:
    print 'KeyboardInterrupt caught explicitly'
print issubclass(UnboundLocalError, NameError), issubclass(NotImplementedError, RuntimeError)
print issubclass(IndentationError, SyntaxError), issubclass(bool, int)
