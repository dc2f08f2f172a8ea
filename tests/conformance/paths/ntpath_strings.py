# ntpath: Windows path strings handled on any system (drives, UNC shares,
# both slashes), and genericpath's helpers.
import ntpath, genericpath, os

for p in ['c:\\foo\\bar', 'c:/foo/bar', '\\\\conky\\mountpoint\\foo\\bar',
          '//conky/mountpoint/foo/bar', '\\\\\\conky\\mountpoint\\foo', 'c:',
          'foo', '\\', 'c:\\', 'foo\\bar\\', '\\\\server', '\\\\server\\share']:
    print repr(p), ntpath.splitdrive(p), ntpath.splitunc(p), ntpath.split(p),
    print ntpath.isabs(p), ntpath.ismount(p), repr(ntpath.basename(p)), repr(ntpath.dirname(p))
for args in [('a', 'b'), ('a\\', 'b'), ('c:', 'b'), ('c:a', 'd:b'), ('c:a', 'C:b'),
             ('c:\\a', '\\b'), ('\\\\srv\\share', 'x'), ('', ''), ('a', '', 'c'),
             ('d:/', 'e'), ('a', 'c:\\b', 'd')]:
    print args, repr(ntpath.join(*args))
for p in ['A/B/../C', 'c:\\..\\x', '\\\\?\\c:\\x\\..', 'a/./b//c', '../..', '.', '',
          'c:../x', '\\\\srv\\share\\a\\..\\..', u'a/../b']:
    print repr(p), repr(ntpath.normpath(p))
for p in ['foo.ext', '.cshrc', '...x', 'a\\b.c\\d', 'c:a.b', 'x.']:
    print repr(p), ntpath.splitext(p), genericpath._splitext(p, '/', None, '.')
print ntpath.normcase('A/B\\C'), genericpath.commonprefix(['/home/swen', '/home/swe', '/h']), repr(genericpath.commonprefix([]))
os.environ['MPVAR'] = 'value'
for p in ['$MPVAR', '${MPVAR}x', '%MPVAR%', '%%MPVAR%%', '$$', "'$MPVAR'", '$NOPE_X y', '${unterminated', '%open', 'a$']:
    print repr(p), repr(ntpath.expandvars(p))
print ntpath.relpath('c:\\a\\b\\c', 'c:\\a\\x'), ntpath.relpath('a', 'a')
for args in [('c:\\a', 'd:\\b'), ('\\\\s\\sh\\a', 'c:\\b'), ('',)]:
    try:
        ntpath.relpath(*args)
    except ValueError as e:
        print 'ValueError', e
