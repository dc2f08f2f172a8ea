# unicode() of an exception whose argument is non-ASCII unicode gives that text.
class E(Exception):
    def __str__(self): return 'custom'
print repr(unicode(Exception(u'\xe1'))), repr(unicode(Exception(u'a'))), repr(unicode(Exception('a'))), repr(unicode(Exception()))
print repr(unicode(ValueError(u'\xe9x'))), repr(unicode(E(u'\xe1'))), repr(unicode(KeyError(u'a'))), repr(unicode(Exception))
try: str(Exception(u'\xe1'))
except Exception as e: print type(e).__name__
