# pwd, grp and sysconfig: shapes and errors (no names or ids printed, as
# they differ between machines).
import pwd, grp, os, sys, sysconfig

root = pwd.getpwuid(0)
print type(root).__name__, len(root), root.pw_uid, root[2], root.pw_name == root[0]
print pwd.getpwnam(root.pw_name) == root
print repr(root).startswith("pwd.struct_passwd(pw_name=")
print all(isinstance(p, pwd.struct_passwd) for p in pwd.getpwall())
me = pwd.getpwuid(os.getuid())
print me.pw_uid == os.getuid(), isinstance(me.pw_dir, str)
g = grp.getgrgid(0)
print type(g).__name__, len(g), g.gr_gid, isinstance(g.gr_mem, list)
print grp.getgrnam(g.gr_name) == g
print all(isinstance(x, grp.struct_group) for x in grp.getgrall())
for call, arg in [(pwd.getpwnam, 'no-such-user-xyz'), (pwd.getpwuid, 3999999999),
                  (pwd.getpwuid, 2 ** 40), (pwd.getpwnam, 42), (pwd.getpwnam, 'a\0b'),
                  (grp.getgrnam, 'no-such-group-xyz'), (grp.getgrgid, 3999999999)]:
    try:
        call(arg)
    except Exception as e:
        print call.__name__, type(e).__name__, e
try:
    pwd.getpwall(1)
except TypeError as e:
    print e

print sysconfig.get_python_version(), sysconfig.get_config_var('VERSION')
print sysconfig.get_scheme_names()
print sysconfig.get_path_names()
print sorted(sysconfig.get_paths())
print sysconfig.get_platform().startswith('linux-')
print sysconfig.get_config_var('no such var')
print sysconfig.get_config_vars('SO', 'no such') [1]
print isinstance(sysconfig.get_config_vars(), dict)
p = sysconfig.get_paths('posix_prefix', vars={'base': '/B', 'platbase': '/P'})
print p['purelib'].startswith('/B/lib/python2.7'), p['platlib'].startswith('/P/')
print sysconfig.get_path('scripts', 'posix_home', {'base': '/h'})
print sysconfig.get_paths('posix_user', expand=False)['data']
print sysconfig.is_python_build()
import StringIO
print sorted(sysconfig.parse_config_h(StringIO.StringIO(
    '#define HAVE_X 1\n#define NAME "q"\n/* #undef HAVE_Y */\n')).items())
