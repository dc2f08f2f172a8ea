"""xml.parsers.expat (minipy's own): the public face of pyexpat."""
import sys
from pyexpat import *

# the submodules are importable under this package's name as well
sys.modules['xml.parsers.expat.model'] = model
sys.modules['xml.parsers.expat.errors'] = errors
