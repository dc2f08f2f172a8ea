import fnmatch, glob, getopt, os
pats = ['*', '*.py', 'a?c', '[abc]*', '[!abc]*', '[a-c]x', '[]]', '[!]]', '[', 'a[', '*a*b', '\\*', '[^a]', 'a.b', 'ab*cd*e', '[a-]', '*.[ch]']
names = ['abc', 'x.py', 'a.b', 'axb', ']', 'b', '[', 'a[', 'cx', 'aXbab', '\\x', '^', 'abXcdYe', '-', 'f.c', 'f.o', '']
for p in pats:
    print repr(p), repr(fnmatch.translate(p)), [n for n in names if fnmatch.fnmatch(n, p)]
print fnmatch.filter(names, '*b*'), fnmatch.fnmatchcase('ABC', 'abc'), fnmatch.fnmatch('a\nb', 'a?b')
print repr(fnmatch.translate('a+b(c)|d{1}$^ \x00'))
