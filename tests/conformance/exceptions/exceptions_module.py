import exceptions
import __builtin__
names = sorted(n for n in dir(exceptions) if not n.startswith('_'))
print len(names)
print names
print all(getattr(exceptions, n) is getattr(__builtin__, n) for n in names)
print exceptions.ValueError is ValueError, exceptions.BaseException is BaseException
missing = [n for n in dir(__builtin__)
           if isinstance(getattr(__builtin__, n), type) and issubclass(getattr(__builtin__, n), BaseException)
           and n not in names]
print missing
try:
    raise exceptions.KeyError('k')
except KeyError as e:
    print repr(e)
