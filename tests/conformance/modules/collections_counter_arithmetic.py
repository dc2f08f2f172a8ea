# Counter supports +, -, &, | and subtract().
from collections import Counter
a = Counter('abracadabra')
b = Counter('alakazam')
print sorted((a + b).items())
print sorted((a - b).items())
print sorted((a & b).items())
print sorted((a | b).items())
a.subtract(b)
print sorted(a.items())
