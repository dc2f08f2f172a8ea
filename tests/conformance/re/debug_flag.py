# re.DEBUG prints the parsed pattern in 2.7's words.
import re
for p in [r'(\.)(?:[ch]|py)(?(1)$|: )', r'a*?b+[^\d\s-x]{2,3}(?=c)(?<!d)\1?' , r'ab|ac|ad', r'(?P<n>x)(?P=n)\b.$\Z\A[]a-]']:
    print '--', p
    try:
        re.compile(p, re.DEBUG)
    except re.error as e:
        print 'error', e
print re.findall('ab|ac|ad', 'ac ad ab ae')
