"""A small part of distutils: the pieces other standard modules and
CPython's tests lean on (errors, spawn.find_executable). minipy builds no
extensions, so the rest of the package is absent."""

__revision__ = "$Id$"
__version__ = "2.7.18"
