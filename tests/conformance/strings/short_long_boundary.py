# Strings around the length where minipy switches storage (short texts are
# kept inline): building, slicing, concatenating, hashing and dict keys must
# not depend on how a string was made.
base = "abcdefghijklmnopqrstuvwxyz0123456789"
made = []
for n in range(26, 36):
    a = base[:n]                       # slice
    b = base[:n - 3] + base[n - 3:n]   # concatenation
    c = "".join(list(a))               # join
    d = "%s" % a                       # formatting
    e = a.upper().lower()              # method results
    same = a == b == c == d == e
    print n, len(a), len(b), same, hash(a) == hash(b) == hash(c), a[-1], b[-2:]
    made.append(b)

d = {}
for s in made:
    d[s] = len(s)
for n in range(26, 36):
    print base[:n] in d, d.get(base[:n]),
print

# concatenation across the boundary, and the empty string
x = ""
lens = []
for i in range(40):
    x += chr(65 + i % 26)
    lens.append(len(x))
print x, lens[28:33]
print repr("" + ""), repr(base[5:5]), len(base[:0] + base[:30])
print (base[:15] + base[15:30]) is not None, base[:30] + "!" == base[:30] + "!"
print sorted(set([base[:29], base[:30], base[:31], base[:30] + ""]))
try:
    base[:30] + 5
except TypeError as e:
    print "TypeError:", e
