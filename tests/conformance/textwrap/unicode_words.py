# -*- coding: utf-8 -*-
# Unicode text splits with Unicode word and space characters (2.7's re.U patterns).
import textwrap
for t in [u"Die Empf\xe4nger-Auswahl", u"aa \xe4-umlaut-\xe4", u"caf\xe9\u3000ol\xe9 \xa0x y", u"\u0661\u0662-abc d--\xe9t\xe9", "Die Empf\xe4nger-Auswahl"]:
    for w in (5, 13, 20):
        print repr(t), w, textwrap.wrap(t, w), textwrap.wrap(t, w, break_on_hyphens=False)
