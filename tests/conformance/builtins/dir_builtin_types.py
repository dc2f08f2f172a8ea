# dir() of built-in values and types lists CPython 2.7's names, and every
# listed name is an attribute that getattr answers.
import sys


def f(a, b=2):
    return a


def make_closure():
    x = 1

    def inner():
        return x
    return inner


def gen():
    yield 1


class New(object):
    pass


class Classic:
    pass


class ClassicChild(Classic):
    x = 1


values = [
    ('int', 1), ('long', 1L), ('float', 1.0), ('complex', 1j), ('bool', True),
    ('list', []), ('tuple', ()), ('dict', {}), ('set', set()), ('frozenset', frozenset()),
    ('object', object()), ('type', type), ('None', None), ('function', f),
    ('file', sys.stdout), ('exception', ValueError(1)),
    ('KeyError', KeyError('k')),
    ('SyntaxError', SyntaxError()), ('IOError', IOError()), ('SystemExit', SystemExit()),
    ('xrange', xrange(3)), ('generator', gen()), ('bytearray', bytearray()),
    ('property', property()), ('staticmethod', staticmethod(f)),
    ('classmethod', classmethod(f)), ('enumerate', enumerate([])),
    ('dict_keys', {}.viewkeys()), ('dict_items', {}.viewitems()),
    ('dict_values', {}.viewvalues()), ('NotImplemented', NotImplemented),
    ('Ellipsis', Ellipsis), ('new instance', New()), ('new class', New),
    ('classic instance', Classic()), ('classic class', Classic),
    ('classic child', ClassicChild()), ('int type', int), ('str type', str),
    ('list type', list), ('dict type', dict), ('object type', object),
]
# Names CPython has that minipy does not (yet): left out of the comparison.
unsupported = set(['_formatter_field_name_split', '_formatter_parser', '__unicode__',
                   '__length_hint__', 'readinto', '__cmp__', '__eq__', '__ne__', '__lt__',
                   '__le__', '__gt__', '__ge__', '__instancecheck__', '__subclasscheck__',
                   '__dictoffset__', '__flags__', '__weakrefoffset__', 'gi_frame'])
for label, v in values:
    names = dir(v)
    print label, [n for n in names if n not in unsupported]
    missing = []
    for n in names:
        try:
            getattr(v, n)
        except AttributeError:
            missing.append(n)
    print '  not gettable:', missing

print 'builtin', [n for n in ['__name__', '__self__', '__call__', '__doc__'] if n in dir(len)]
print 'closure', f.func_closure, f.__closure__
c = make_closure().func_closure
print 'cells', len(c), c[0].cell_contents
print 'doc', object().__doc__ is None or True, ValueError().__doc__ is not 0
print 'sizeof', [].__sizeof__(), (1).__sizeof__(), 'abc'.__sizeof__(), {}.__sizeof__(), ().__sizeof__()
print 'str extras', 'ab'.__getnewargs__(), u'ab'.__getnewargs__(), 'a'.__rmod__(1), u'a'.__rmod__(2)
print 'xrange', xrange(4).__len__(), list(xrange(4).__iter__()), xrange(4).__getitem__(-1), list(xrange(4).__reversed__())
e = ValueError(1, 2, 3)
print 'exc slice', e.__getslice__(0, 2), e.__getslice__(1, 10)
print 'xreadlines', sys.stdin.xreadlines() is sys.stdin
for bad in [lambda: 'a'.__rmod__(), lambda: [].__sizeof__(1), lambda: xrange(2).__len__(1)]:
    try:
        bad()
    except TypeError as exc:
        print 'TypeError', exc
for bad in [lambda: xrange(2).__reversed__(1), lambda: xrange(2).__getitem__(),
            lambda: xrange(2).__iter__(3), lambda: 'a'.__getnewargs__(1), lambda: sys.stdin.xreadlines(2)]:
    try:
        bad()
    except TypeError as exc:
        print 'TypeError', exc
