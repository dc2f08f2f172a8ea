# files opened with 'U' read \r\n and \r as \n and report the kinds seen
with open('_un_tmp', 'wb') as f:
    f.write('one\r\ntwo\rthree\nfour\r')
for mode in ('U', 'rU', 'r', 'rb'):
    f = open('_un_tmp', mode)
    print mode, repr(f.readline()), repr(f.read(4)), repr(f.read()), repr(f.newlines)
    f.close()
f = open('_un_tmp', 'U')
print list(f), f.newlines
f.close()
with open('_un_tmp', 'wb') as f:
    f.write('a\nb\n')
f = open('_un_tmp', 'U')
print f.newlines, f.readlines(), repr(f.newlines)
import os
os.remove('_un_tmp')
