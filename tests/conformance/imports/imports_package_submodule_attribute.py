# 'import pkg.mod' binds pkg and makes mod an attribute of the package.
import _wl_pkg._mod_a
print _wl_pkg._mod_a.VALUE
import _wl_pkg
print hasattr(_wl_pkg, '_mod_a'), _wl_pkg._mod_a.__name__
from _wl_pkg import _mod_b
print _mod_b.NAME, _wl_pkg._mod_b is _mod_b
import _wl_pkg._mod_a as alias
print alias is _wl_pkg._mod_a
