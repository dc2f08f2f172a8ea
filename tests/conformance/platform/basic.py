import platform, os
u = platform.uname(); print len(u), u[0] == platform.system() == os.uname()[0], u[4] == platform.machine(), platform.node() == os.uname()[1], platform.release() == os.uname()[2]
print platform.architecture()[1], platform.python_implementation(), platform.python_version(), platform.python_version_tuple(), platform.libc_ver()[0]
print platform.platform().startswith(platform.system() + '-' + platform.release()), platform.platform(terse=1).startswith(platform.system() + '-' + platform.release() + '-' + platform.machine() + '-with-glibc')
