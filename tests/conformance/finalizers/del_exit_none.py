# A __del__ at exit may see None globals, as in CPython 2.7.
import os


class Logger(object):
    def __del__(self):
        try:
            print "closing", os.path.basename("/a/b")
        except AttributeError as e:
            print "AttributeError", e

first = Logger()
second = Logger()
alpha = 1
omega = 2
print "done"
