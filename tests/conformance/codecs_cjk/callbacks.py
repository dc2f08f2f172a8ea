# Error handlers registered with codecs.register_error, as the CJK codecs
# call them: positions, bad results, positions moved back and forward.
import codecs, sys

bad = u'abcd\udeeeefgh'


def run(handler, text=bad, name='euc_kr'):
    codecs.register_error('test.cjk', handler)
    try:
        print repr(text.encode(name, 'test.cjk'))
    except Exception as e:
        print type(e).__name__, e


def seen(exc):
    print '   ', type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason
    return (u'<%d>' % exc.start, exc.end)

run(seen)
run(seen, u'\udeee\udeee x \U0001f600', 'gb2312')
run(seen, u'\u3042\udeee', 'iso2022_jp')
run(lambda e: (u'x', long(e.end)))
run(lambda e: (u'x', sys.maxint + 1))
run(lambda e: (u'x', None))
run(lambda e: (u'TERM', 100))
run(lambda e: (u'R', e.end + 2))
run(lambda e: (u'', -4))
for ret in ([1, 2, 3], [], None, 'string', '', (u'a',), (1, 2)):
    run(lambda e: ret)
run(lambda e: (u'\udeee', e.end))


def back(exc):
    if back.limit > 0:
        back.limit -= 1
        return (u'B', 0)
    return (u'T', exc.end)
back.limit = 2
run(back)


def dec_handler(exc):
    print '   ', type(exc).__name__, exc.encoding, repr(exc.object), exc.start, exc.end, exc.reason
    return (u'?', exc.end)
codecs.register_error('test.cjkdec', dec_handler)
for name, data in [('euc_kr', 'a\xff\xffb\xb0'), ('gb18030', '\x84\x31\xa5\x30z'),
                   ('iso2022_jp', 'ab\x1b$(Xc')]:
    print repr(data.decode(name, 'test.cjkdec'))
codecs.register_error('test.cjkdec', lambda e: (u'x', 'y'))
try:
    '\xff\xff'.decode('euc_kr', 'test.cjkdec')
except TypeError as e:
    print 'TypeError', e
try:
    u'\udeee'.encode('euc_kr', 'no.such.handler')
except LookupError as e:
    print 'LookupError', e
