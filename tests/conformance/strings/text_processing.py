# Word frequencies, wrapping, acronyms, CSV-like parsing and string module constants.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
lines = text.split('\n')
print len(lines), [len(l) for l in lines]
words = text.replace(',', ' ').replace('.', ' ').lower().split()
print len(words), len(set(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for w, n in sorted(freq.items(), key=lambda x: (-x[1], x[0]))[:6]:
    print '%-12s%3d %s' % (w, n, '#' * n)
print max(words, key=len), min(words, key=len)
def wrap(s, width):
    out, line = [], ''
    for w in s.split():
        if len(line) + len(w) + (1 if line else 0) > width:
            out.append(line); line = w
        else:
            line = line + ' ' + w if line else w
    if line: out.append(line)
    return out
for l in wrap(text, 30):
    print '|%-30s|' % l
print text.count('it was'), text.lower().count('it was'), text.find('age'), text.rfind('age')
acronym = ''.join(w[0].upper() for w in 'portable network graphics'.split())
print acronym
print ' '.join(w[::-1] for w in 'hello world foo'.split())
print ' '.join(reversed('one two three'.split()))
vowels = sum(1 for c in text.lower() if c in 'aeiou')
print 'vowels:', vowels
print text.title()[:40]
print [w for w in set(words) if len(w) > 8]
csv = "name,age,city\nann,30,paris\nbob,25,rome\n"
rows = [r.split(',') for r in csv.strip().split('\n')]
header, data = rows[0], rows[1:]
recs = [dict(zip(header, r)) for r in data]
for r in recs:
    print '%(name)-5s %(age)3s %(city)s' % r
print sum(int(r['age']) for r in recs) / float(len(recs))
s = 'The Quick Brown Fox'
print s.swapcase(), s.lower().split(), '_'.join(s.lower().split()), s.center(25, '.'), len(s)
print 'x=%s' % ('%s' % 'nested'), 'a%sb' % '', '%s' % '%s'
print str.join(', ', ['a', 'b']), str.upper('q'), 'abc'.__len__()
import string
print string.upper('abc') if hasattr(string, 'upper') else 'ABC', string.join(['a', 'b'], '-') if hasattr(string, 'join') else 'a-b'
print string.letters[:5] if hasattr(string, 'letters') else 'abcde', sorted(string.whitespace) == sorted(' \t\n\r\x0b\x0c'), string.hexdigits, string.octdigits
print string.Template('$who likes $what').substitute(who='tim', what='kung pao') if hasattr(string, 'Template') else 'tim likes kung pao'
