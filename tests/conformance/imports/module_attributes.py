# Module attributes, dir() of a module, setattr on modules, transitive imports.
import _helper_basic as m
print sorted(n for n in dir(m) if not n.startswith('__'))
print m.__name__, hasattr(m, 'VALUE'), hasattr(m, 'nothing'), getattr(m, 'VALUE')
m.added = 'set from importer'
import _helper_basic
print _helper_basic.added
m.VALUE = 7
from _helper_basic import VALUE
print VALUE
import _helper_uses_other
print _helper_uses_other.relay('x'), _helper_uses_other.basic_value
print _helper_uses_other._helper_basic is m
try:
    m.nothing
except AttributeError as e:
    print 'AttributeError:', e
print sorted(k for k in vars(m) if not k.startswith('_'))
