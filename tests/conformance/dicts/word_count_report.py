# Word counting with dict.get, sorted items, defaultdict, Counter and the string module.
text = """The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs away! Quick, quick, said the bird -- and the dog slept."""
import string
words = text.lower().translate(None, string.punctuation).split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
for w in sorted(counts):
    print "%-8s %3d" % (w, counts[w])
print
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, c in top:
    print "%s: %s" % (w, '*' * c)
from collections import defaultdict, Counter
d = defaultdict(list)
for w in words:
    d[len(w)].append(w)
for k in sorted(d):
    print k, sorted(set(d[k]))
c = Counter(words)
print [kv for kv in c.most_common() if kv[1] > 3], sorted(c.most_common(), key=lambda kv: (-kv[1], kv[0]))[:4]
print sorted(c.items())[:4]
letters = Counter(text.lower())
print [(ch, n) for ch, n in sorted(letters.items()) if ch.isalpha()][:6]
print string.ascii_lowercase, string.digits, string.punctuation
print string.capwords("hello   world  foo")
