# -*- coding: utf-8 -*-
# re.UNICODE over non-ASCII text: \w, \s, \b and [^\W\d] keep whole
# characters (minipy's unicode strings are UTF-8; results are printed
# encoded so that both sides print bytes).
import re

def enc(x):
    if isinstance(x, (list, tuple)):
        return [enc(i) for i in x]
    return x.encode('utf-8') if x is not None else x

print enc(re.findall(r'\w+', u'café à la crème', re.U))
print enc(re.split(r'(?u)\s+', u'à  Å ü'))
print enc(re.findall(r'(?u)[^\W\d]+', u'x1é2_'))
print enc(re.findall(r'(?u)\d+|\s+|\W+', u'12 é!?'))
print enc(re.findall(ur'(?u)\bé\w*', u'été éa xé'))
print enc(re.sub(r'(?u)(\w+)', r'<\1>', u'ça va, très bien'))
print enc(re.findall(r'(?iu)[A-Z]+', u'abcXYZ'))
