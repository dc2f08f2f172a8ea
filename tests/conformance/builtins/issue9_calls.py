# Arity of methods of built-in types (CPython's METH_NOARGS / METH_O words),
# exception args, dict(**{non-str key}), raise with a traceback.
import sys, thread, collections


def t(label, f):
    try:
        r = f()
        print label, repr(r)
    except Exception as e:
        print label, type(e).__name__, e


t('int.bit_length(1, 2)', lambda: int.bit_length(1, 2))
t('(1).bit_length(2)', lambda: (1).bit_length(2))
t('(1).bit_length(x=2)', lambda: (1).bit_length(x=2))
t('long.bit_length', lambda: (1L).bit_length(2))
t('is_integer', lambda: (1.0).is_integer(1))
t('float.hex', lambda: (1.0).hex(1))
t('float.conjugate', lambda: (1.0).conjugate(1))
t('int.conjugate', lambda: (1).conjugate(1))
t('complex.conjugate', lambda: (1j).conjugate(1))
t('as_integer_ratio', lambda: (1.5).as_integer_ratio(1))
t('lock.locked', lambda: thread.allocate_lock().locked(1))
t('lock.release', lambda: thread.allocate_lock().release(1))
t('dict.items kw', lambda: {}.items(x=1))
t('dict.items', lambda: {}.items(1))
t('dict.keys', lambda: {}.keys(1))
t('dict.copy', lambda: {}.copy(1))
t('dict.clear', lambda: {}.clear(1, 2))
t('dict.has_key', lambda: {}.has_key())
t('dict.has_key 2', lambda: {}.has_key(1, 2))
t('list.pop', lambda: [].pop(1, 2))
t('list.append 0', lambda: [].append())
t('list.append 2', lambda: [].append(1, 2))
t('list.append kw', lambda: [].append(x=1))
t('list.reverse', lambda: [].reverse(1))
t('list.count', lambda: [].count())
t('tuple.count', lambda: ().count(1, 2))
t('set.add', lambda: set().add())
t('set.pop', lambda: set([1]).pop(1))
t('set.clear', lambda: set().clear(1))
t('str.upper', lambda: 'a'.upper(1))
t('str.isdigit', lambda: 'a'.isdigit(1))
t('str.split', lambda: 'a'.split(1, 2, 3))
t('dict.get', lambda: {}.get())
t('dict.setdefault', lambda: {}.setdefault())
t('type.mro', lambda: int.mro(1))
t('unbound ok', lambda: (dict.keys({1: 2}), int.bit_length(255), str.upper('ab'), list.append([], 1)))


def g():
    yield 1
t('send', lambda: g().send(1, 2))
t('send 0', lambda: g().send())
t('throw', lambda: g().throw())
t('throw 4', lambda: g().throw(ValueError, 1, None, 4))
t('close', lambda: g().close(1))

e = ValueError(1)
def setargs(v):
    e.args = v
for v in (None, 5, 'ab', [3, 4], (5,), ()):
    t('args = %r' % (v,), lambda: setargs(v))
    print ' ->', e.args
t('dict(**{1: 3})', lambda: dict({1: 2}, **{1: 3}))
t('dict(**{1: 3}) mixed', lambda: sorted(dict({1: 2}, a=3, **{2: 4}).items()))
t('dict(**{} str)', lambda: sorted(dict([(1, 2)], **{'b': 3}).items()))

od = collections.OrderedDict()
od[1] = od
t('od self', lambda: repr(od))
od = collections.OrderedDict()
od[1] = 2
od[2] = [od]
t('od nested', lambda: repr(od))
t('od empty', lambda: repr(collections.OrderedDict()))


def raiser():
    try:
        1 / 0
    except ZeroDivisionError:
        tb = sys.exc_info()[2]
    raise ValueError, 3, tb
try:
    raiser()
except ValueError:
    tb = sys.exc_info()[2]
    while tb:
        print tb.tb_frame.f_code.co_name, tb.tb_lineno - raiser.func_code.co_firstlineno
        tb = tb.tb_next


def bad_tb():
    raise ValueError, 3, 4
t('raise bad tb', bad_tb)


def none_tb():
    raise ValueError, 3, None
t('raise none tb', none_tb)


# range with longs and __int__ objects, iter(callable, sentinel), filter of
# tuple subclasses, round through __float__, intern.
big = 10 * sys.maxint
t('range longs', lambda: range(big, big + 2))
t('range longs down', lambda: range(big + 4, big, -2))
t('range neg long', lambda: (range(-2**100), range(0, 2**100, -1)))
t('range overflow', lambda: range(-sys.maxint, sys.maxint))
t('range zero step', lambda: range(big, big + 1, 0L))
t('range float', lambda: range(0, 1.0))
t('range str', lambda: range(0, 42, 'spam'))
t('range complex', lambda: range(1j))


class I1(object):
    def __init__(self, n):
        self.n = n

    def __int__(self):
        return self.n
t('range __int__', lambda: (range(I1(2 * sys.maxint), I1(2 * sys.maxint + 1)), range(I1(3))))


class IN(object):
    def __int__(self):
        return 'x'
t('range bad __int__', lambda: range(IN()))
t('iter not callable', lambda: iter(42, 42))
t('iter no args', lambda: iter())


class tuple2(tuple):
    def __getitem__(self, i):
        return 2 * tuple.__getitem__(self, i)
t('filter tuple2', lambda: (filter(None, tuple2((1, 0, 3))), type(filter(None, tuple2((1, 2))))))
t('filter tuple', lambda: filter(lambda x: x > 1, (1, 2, 3)))


class R(object):
    def __float__(self):
        return 23.0
t('round __float__', lambda: round(R()))
t('round no float', lambda: round(I1(1)))
s = 'never interned ' + str(len(sys.argv))
s2 = s.swapcase().swapcase()
t('intern', lambda: (intern(s) is s, intern(s2) is s, s2 is s))


class S(str):
    pass
t('intern subclass', lambda: intern(S('abc')))
t('intern int', lambda: intern(1))


class Z(long):
    def __hash__(self):
        return self
t('hash long subclass', lambda: hash(Z(42)) == hash(42L))


class Y(object):
    def __hash__(self):
        return 2**100
t('hash returns long', lambda: (type(hash(Y())), hash(Y()) == hash(2**100)))
