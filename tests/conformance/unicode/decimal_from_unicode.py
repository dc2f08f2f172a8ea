# A Decimal built from unicode still gives str from str(), repr() and to_eng_string().
from decimal import Decimal
for u in [u'123.4', u'0.5E2', u'Infinity', u'sNaN', u'-0.0E100', u'-NaN001', u'-Inf', u'1.5e7']:
    d = Decimal(u)
    print repr(d), type(str(d)).__name__, type(repr(d)).__name__, repr(d.to_eng_string()), repr(d) == repr(Decimal(str(u)))
