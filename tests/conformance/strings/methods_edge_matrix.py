# -*- coding: utf-8 -*-
# Edge cases of split/splitlines/zfill/center/expandtabs/replace/find/title/strip/partition.
import sys, os, time, math, string
try:
    print 'a b c'.split(' ', 0), 'a b c'.split(None, 0), '  a b  '.split(None, 0), 'a,b,c'.rsplit(',', 1), 'a,b,c'.rsplit(',', 0)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'a\rb\r\nc\n\nd'.splitlines(), 'a\rb\r\nc\n'.splitlines(True), ''.splitlines(), '\n'.splitlines()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '+12'.zfill(5), '-'.zfill(3), ''.zfill(2), 'abc'.zfill(5)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'ab'.center(5), 'ab'.center(6), 'abc'.center(6), 'abc'.center(5, '-'), 'a'.center(4, '*'), 'ab'.center(7, '*')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'a\tbc\td'.expandtabs(), 'a\tbc\td'.expandtabs(2), '\t'.expandtabs(0), 'x\ny\tz'.expandtabs(4)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'aaa'.replace('a', 'b', 0), 'aaa'.replace('a', 'b', -1), 'abc'.replace('', '-', 2), 'aaaa'.replace('aa', 'b')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'hello'.translate(None), 'hello'.translate(None, 'lo'), 'abc'.strip(''), 'xxaxx'.strip('x'), '  \t\n a \n'.strip()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'abc'.find('c', -1), 'abc'.find('a', -1), 'abc'.find('', 5), 'abc'.find('', 3), 'abc'.rfind(''), 'abc'.count('', 1)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'abc'[-10:10], 'abc'[2:1], 'abc'[::-2], 'abcdef'[-2::-2], 'abc'[10:], 'abc'[:-10]
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.istitle(), '123'.istitle(), 'A1b'.istitle()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'hello world'.title(), "o'neil mc-donald x2y".title(), 'ABC def'.capitalize(), 'ß'.upper() if False else 0
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'abc'.isalpha(), 'ab1'.isalpha(), ''.isalpha(), ' '.isspace(), ''.isspace(), 'A'.isupper(), '1'.isupper(), 'a1'.islower()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '12'.isdigit(), '1.5'.isdigit(), '-1'.isdigit(), 'Ⅷ'.isdigit() if False else 0, '١'.isdigit() if False else 0
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'abc' * -1, 'abc' * 0, 'ab' * 3, 3 * 'ab'
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'a' < 'B', 'a'.lower() < 'B'.lower(), sorted(['b', 'A', 'a', 'B']), max(['apple', 'Banana'])
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%s' % 'x'.join([]), ' '.join(['a']), ''.join(['a', 'b']), ', '.join(map(str, range(3)))
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'a-b_c d'.replace('-', ' ').replace('_', ' ').split()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'CamelCaseString'.lower(), 'snake_case'.upper(), 'MiXeD'.swapcase()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'abc'.encode('rot13') if False else 0, 'hello'.encode('base64').strip(), 'aGk='.decode('base64')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '\t x'.lstrip(), 'x \t'.rstrip(), 'xyx'.lstrip('x'), 'xyx'.rstrip('x'), 'www.example.com'.strip('cmowz.')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'a'.ljust(0), 'a'.ljust(-1), 'abc'.rjust(2), 'a'.rjust(3, 'ab')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'abc'.startswith(''), 'abc'.endswith(''), 'abc'.startswith(('x', 'a')), ''.startswith('a'), 'abc'.startswith('bc', 1, 2)
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'one two'.partition(' '), 'one'.partition(' '), 'a b c'.rpartition(' '), 'abc'.partition('')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print str(), str(''), repr(''), repr('\''), repr('"'), repr('\'"'), repr('\n\t\r\\'), repr('\x7f\x80\xff')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'abc'.index('b', -2), 'abcabc'.rindex('b', 0, 3), 'abc'.rindex('z')
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '%s' % 'a' 'b', 'x' 'y'.upper()
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print len('\xff\x00'), ord('\xff'), chr(255) == '\xff', '\x41\101\u0041'
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print 'a%%b' % (), '%%' % (), '%s%%' % 1
except Exception as e:
    print "EXC", type(e).__name__, e
try:
    print '{0}'.format(u'\xe9'.encode('utf-8')) == '\xc3\xa9'
except Exception as e:
    print "EXC", type(e).__name__, e
