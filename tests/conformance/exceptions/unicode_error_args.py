# The Unicode errors check their constructor arguments as CPython does.
for args in [("ascii", u"g\xfcrk", 1, 2), ("ascii", u"g\xfcrk", 1, 2, "ouch", "x"), ("ascii", "g\xfcrk", 1, 2, "ouch"), (u"ascii", u"g\xfcrk", 1, 2, "ouch"), ("ascii", u"g\xfcrk", 1.0, 2, "ouch"), ("ascii", u"g\xfcrk", 1, 2, u"ouch"), ("ascii", u"g\xfcrk", 1, 2, "ouch")]:
    try: print repr(str(UnicodeEncodeError(*args)))
    except TypeError as e: print 'TypeError', e
for args in [("ascii", "g\xfcrk", 1, 2), ("ascii", u"g\xfcrk", 1, 2, "ouch"), ("ascii", "g\xfcrk", 1, 2, "ouch"), ("ascii", bytearray("g\xfcrk"), 1, 2, "ouch")]:
    try: print repr(str(UnicodeDecodeError(*args)))
    except TypeError as e: print 'TypeError', e
for args in [(u"g\xfcrk", 1, 2), ("g\xfcrk", 1, 2, "ouch"), (u"g\xfcrk", 1, 2, "ouch")]:
    try: print repr(str(UnicodeTranslateError(*args)))
    except TypeError as e: print 'TypeError', e
e = UnicodeEncodeError('ascii', u'ab\xe9', 2, 3, 'bad')
print e.encoding, repr(e.object), e.start, e.end, e.reason, e.args
class Mine(UnicodeDecodeError):
    def __init__(self):
        UnicodeDecodeError.__init__(self, 'utf-8', '\xff', 0, 1, 'nope')
print str(Mine())
