# vim: set fileencoding=koi8-r :
# Source in koi8-r: u'' literals decode as koi8-r, str literals keep its bytes.
u = u"Питон"
s = "Питон"
print repr(u), len(u)
print repr(s), len(s)
print u.encode("koi8-r") == s
print repr(u"\П")
