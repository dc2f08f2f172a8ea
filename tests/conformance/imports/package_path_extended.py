# A package's __path__ is a list code may extend: submodules are looked up
# in every folder of it, in order (here an embedded stdlib package).
import os, json
here = os.path.dirname(os.path.abspath(__file__))
json.__path__.append(os.path.join(here, '_ext_pkg_extra'))
import json._extra_mod
print json._extra_mod.VALUE, json._extra_mod.__name__
from json import _extra_mod
print _extra_mod is json._extra_mod
import json.decoder
print json.decoder.__name__
try:
    import json.nothing_here
except ImportError as e:
    print 'ImportError:', e
