"""xml.etree.cElementTree (minipy's own): there is no separate accelerated
implementation, so this module offers ElementTree's objects under the
name older code imports."""

from xml.etree import ElementTree as _ET

for _name in dir(_ET):
    if not _name.startswith('__'):
        globals()[_name] = getattr(_ET, _name)
del _name
