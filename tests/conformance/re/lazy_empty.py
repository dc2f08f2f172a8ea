# Lazy repeats of bodies that can match empty end (the engine's MIN_UNTIL
# alone would loop forever on them) and give 2.7's results.
import re

for p, s in [('(a*)+?a{2}', 'ab'), ('(?:a*)+?c', 'a'), ('(?:a?)+?c', 'a'),
             ('(?:a|)+?c', 'a'), ('(a|b*)*?c', 'abbc'), ('(a*)*?b', 'aab'),
             ('(a*){2,3}?b', 'aab'), ('(?:x*y*)*?z', 'xyxyz'), ('(a?)+?$', 'aa'),
             ('(?=a)*?a', 'a'), ('(\\b)+?x', 'x'), ('(?:(a)|b*)*?c', 'bac')]:
    m = re.search(p, s)
    print p, s, m and (m.span(), m.groups())
    print re.findall(p, s + s), re.sub(p, '-', s)
