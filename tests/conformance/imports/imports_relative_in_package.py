# Explicit relative imports inside a package module.
from _wl_pkg import _mod_rel
print _mod_rel.info()
