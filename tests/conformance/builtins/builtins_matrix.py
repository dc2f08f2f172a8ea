# -*- coding: utf-8 -*-
# Builtin functions with ordinary and erroneous arguments, each line guarded.
import sys, os, time, math, string
try:
    print abs(-5), abs(-5.5), abs(-2**70), abs(True)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print all([1, 2]), any([0, '']), all(x > 0 for x in [1, -1])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print apply(max, [1, 5, 3]), apply(dict, (), {'a': 1})
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print callable(len), callable(1), callable(type), callable(lambda: 0)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print chr(65), ord('A'), unichr(97), ord(u'a')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print cmp('a', 'b'), cmp([1], [1]), cmp(None, 0), cmp(2, 1.5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print divmod(7, 2), divmod(-7.5, 2), divmod(2**70, 7)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print filter(lambda c: c.isupper(), 'HeLLo'), filter(None, (0, 1, 2)), filter(None, [0, 1])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print hex(255), oct(8), bin(5), hex(2**70), hex(-2**70)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print int('10', 16), int(' 7 '), int(7.9), int('-0'), long('5'), int(True)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print isinstance(1, int), isinstance(1L, (int, long)), isinstance(True, int), isinstance('a', basestring), isinstance(u'a', basestring)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print issubclass(bool, int), issubclass(int, object), issubclass(int, (str, int))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print len('abc'), len([1]), len({}), len(set([1, 1])), len(xrange(10)), len(range(0, 10, 3))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print list('abc'), list((1, 2)), list({1: 2}), list(xrange(3))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print map(str, [1, 2]), map(lambda a, b: (a, b), 'ab', 'xyz'), map(None, 'ab'), map(len, ['a', 'bb'])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print max(3, 1, 2), max('abc'), max([1, 2], [1, 3]), max([], default=0) if False else 0
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print max([1, 3, 2], key=lambda x: -x), min('b', 'a', key=str.upper), max(1, 2.0), max(2, 2.0), min(2.0, 2)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print min([])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print max(1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print max()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print pow(2, 3), pow(2.0, 3), pow(2, -2), pow(3, 4, 5), pow(2, 100, 1000)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print pow(2, 3.0, 5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print range(10, 0, -3), range(3, 3), range(-5, -1), range(0, -5, -2)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print range(1.5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print reduce(lambda a, b: a + b, ['a', 'b', 'c']), reduce(lambda a, b: a * b, [], 1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print reduce(lambda a, b: a, [])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print repr('x'), repr(1L), repr(1.5), repr(None), repr([None]), repr({1: None}), repr((1,)), repr(())
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print reversed([1, 2, 3]).next(), list(reversed('abc')), list(reversed(xrange(3))), list(reversed((1, 2)))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print reversed({})
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print round(3.14159, 2), round(-0.5), round(1.5), round(2.675, 2), round(5, 1), round(-1.25, 1), round(1e20)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print sorted('bca'), sorted([3, 1, 2], reverse=True), sorted({3: 1, 1: 2}), sorted([[2], [1, 5]])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print sorted(['b', 'A', 'c'], key=str.lower, reverse=True), sorted([1, 2, 3], cmp=lambda a, b: b - a)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print str(1), str(1.5), str('x'), str(None), str([1, '2']), str(u'abc')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print sum([1, 2, 3]), sum([1.5, 2]), sum([], 10), sum([[1], [2]], []), sum(xrange(101))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print sum(['a', 'b'], '')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print tuple('ab'), tuple([1]), tuple({1: 2}), tuple(xrange(2))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print type(1), type('a'), type([]), type(()), type({}), type(1.0), type(None), type(True), type(2**100), type(len)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print zip('ab', [1, 2, 3]), zip(), zip([1], [2], [3]), zip(*['ab', 'cd'])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print vars().get('nope'), len(dir([])) > 10, 'append' in dir([]), dir(1)[:0]
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print getattr([], 'append').__name__, hasattr('', 'upper'), getattr(1, 'x', 'def')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print id(1) == id(1), hash('a') == hash('a'), hash(1.0) == hash(1), hash(-1), hash(0), hash(None) != 0
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print iter([1, 2]).next(), next(iter('a')), next(iter([]), 'end'), list(iter(lambda: 1, 1))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print slice(1, 5, 2), slice(3), [1, 2, 3, 4, 5][slice(1, None, 2)], slice(1, 2).indices(10) if False else 0
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print isinstance(slice(1), slice), slice(None, 10).stop, slice(1, 2, 3).step
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print xrange(1, 10, 2), xrange(5), xrange(0), xrange(-3, 3)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print bool(), bool(0), bool([0]), bool(''), bool(' '), bool(0.0), bool(None), bool({}), bool(()), bool(set())
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print float('1e3'), float(' 2.5 '), float('-inf'), float(3), float('nan') != float('nan'), float('1_0') if False else 0
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print float('')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print int('')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print int('0x10')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print int('0x10', 16), int('0b11', 2), int('0o7', 8), int('07', 8)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print long(' 12L ') if False else long('12')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print long('12L')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print intern('abc'), intern('x') is intern('x')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print locals() is globals()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print object.__name__, type.__name__, type(type(1)), type(object)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print format(12, '04d'), format(3.14159, '.3'), format('a', '^3')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print divmod(5, 0)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print divmod(5.0, 0)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print enumerate([]).next()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print list(enumerate('ab', start=5))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print hash((1, 'a')) == hash((1, 'a')), hash(frozenset()) == hash(frozenset())
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print raw_input
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print file
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print open
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print cmp((1, 2), (1, 2, 3)), cmp('', 'a'), cmp([], ()), cmp(None, None)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print sorted([3, 'a', 2.5, None, [1], (1,), {}])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print sorted([True, 0, -1, 1.5, 1L])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 1 < 'a', 'a' < [], [] < (), None < 0, {} < [], () > []
except Exception as e:
    print "EXC", type(e).__name__, e
