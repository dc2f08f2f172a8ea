# Objects still alive when the script ends: module globals are set to None
# (underscore names first), each finalizer running as its object dies.
import sys


class A(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print "del", self.name, sys is None, A is None

zz = A("zz")
_u = A("_u")
mm = A("mm")
aa = A("aa")
__dunder = A("__dunder")
holder = [A("in list")]
print "end of script"
