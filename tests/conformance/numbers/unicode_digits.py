# int/long/float/complex of unicode text: Unicode digits and spaces count.
cases = [u'\u0663\u0661\u0664 ', u'\u0663x', u'\u2003 12\u3000', u'\u20ac', u'\xe9',
         u'\uff11\uff12', u'\u0663.\u0661\u0664', u'1\x00', u'\u0967\u0968e\u0969', u' -7 ',
         u'\u0e51\u0e50', u'12\u20ac3']
for s in cases:
    row = []
    for f in (int, long, float, complex):
        try:
            row.append(repr(f(s)))
        except Exception as e:
            row.append('%s: %s' % (type(e).__name__, e))
    print repr(s), '->', ' | '.join(row)
print int(u'\u0663\u0661', 16), int(u'\u0661\u0660\u0661', 2), long(u'\uff17', 8)
class U(unicode):
    pass
print int(U(u'\u0664\u0662')), float(U(u' \u0662.5 '))
