# Banners, ASCII tables, triangles, multiplication tables with padding and format.
def banner(text, width=30, ch='*'):
    print ch * width
    print ch + text.center(width - 2) + ch
    print ch * width
banner('Welcome')
banner('Report', 20, '=')
def table(rows, headers):
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
    sep = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
    fmt = '|' + '|'.join(' %%-%ds ' % w for w in widths) + '|'
    print sep
    print fmt % tuple(headers)
    print sep
    for r in rows:
        print fmt % tuple(r)
    print sep
table([('apple', 3, 1.25), ('kiwi', 12, 0.5), ('watermelon', 1, 4.0)], ['fruit', 'qty', 'price'])
def triangle(n):
    for i in range(1, n + 1):
        print ' ' * (n - i) + '*' * (2 * i - 1)
triangle(4)
for i in range(1, 6):
    print ' '.join('%3d' % (i * j) for j in range(1, 6))
print '\n'.join(['%2d! = %d' % (n, reduce(lambda a, b: a * b, range(1, n + 1), 1)) for n in range(0, 21, 5)])
diamond = [' ' * abs(3 - i) + '*' * (2 * (3 - abs(3 - i)) + 1) for i in range(7)]
print '\n'.join(diamond)
s = ''
for word in ['alpha', 'beta', 'gamma']:
    s += word[0].upper() + word[1:] + ' '
print repr(s.strip())
parts = []
for i in range(5):
    parts.append(str(i) * i)
print '|'.join(parts), len('|'.join(parts))
print 'Name: {0:<10} Age: {1:>3}'.format('Bob', 7)
print '{:>8.3f}|{:<8.3f}|{:^8.3f}'.format(3.14159, 2.71828, 1.41421)
print '%-5s|%5s|%-5.2f|%05.1f' % ('ab', 'cd', 1.234, 2.5)
print 'abc'.ljust(6, '.') + 'def'.rjust(6, '.'), '[%s]' % 'x'.center(4)
print '%s' % ([1, 2],), '%s-%s' % tuple('ab'), '%(a)s%(a)s' % {'a': 'r'}
print 'Progress: [%-20s] %3d%%' % ('=' * 7, 35)
