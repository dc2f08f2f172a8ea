# -*- coding: latin-1 -*-
# Source in latin-1 (PEP 263): str literals keep the latin-1 bytes, u'' literals
# decode them, comments may hold them (café).
s = "café"
u = u"café"
r = r"é\x41"
ur_ = ur"é\u20ac"
b = b"ÿþ"
print repr(s), len(s)
print repr(u), len(u)
print repr(r), repr(ur_), repr(b)
print repr("""à
è""")
print repr(u"é\xe9\u00e9")
print s.decode("latin-1") == u
def f():
    return 1 / 0  # été
try:
    f()
except ZeroDivisionError as e:
    import traceback, sys
    tb = traceback.extract_tb(sys.exc_info()[2])
    print [(line, name) for _, line, name, _ in tb]
