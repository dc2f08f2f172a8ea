# The attributes of files and frames, read from their types, are getset and
# member descriptors with 2.7's docs; types names both kinds; super objects
# answer their own type's methods.
import sys
import types
import inspect

for name in ['closed', 'name', 'softspace', 'mode', 'encoding', 'newlines', 'errors']:
    d = getattr(file, name)
    print name, type(d).__name__, repr(d.__doc__), repr(d)
    print inspect.isdatadescriptor(d), inspect.isgetsetdescriptor(d), inspect.ismemberdescriptor(d)
print types.GetSetDescriptorType.__name__, types.MemberDescriptorType.__name__
print file.closed.__get__(sys.stdout), file.name.__get__(sys.stdout, file)
print file.closed.__get__(None, file) is file.closed
try:
    file.closed.__get__(42)
except TypeError as e:
    print 'TypeError', e
frame_type = type(sys._getframe())
for name in ['f_locals', 'f_back', 'f_code', 'f_globals', 'f_trace', 'f_lasti']:
    print name, type(getattr(frame_type, name)).__name__
print inspect.isgetsetdescriptor(frame_type.f_locals)
print frame_type.f_code.__get__(sys._getframe()).co_name


class Base(object):
    prop = property(lambda self: 'value')

    def meth(self):
        return 'Base.meth'


class Sub(Base):
    @classmethod
    def through_class(klass):
        return super(Sub, klass).prop


print Sub.through_class() is Base.prop
unbound = super(Sub)
print unbound.__get__(Sub()).meth()
for bad in (12, Base()):
    try:
        unbound.__get__(bad)
    except TypeError as e:
        print 'TypeError', e
