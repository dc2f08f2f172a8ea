# The report of an uncaught exception goes to sys.stderr (here an object
# that shows the pieces it is written in), not the process's stderr.
import sys
class W(object):
    def write(self, s): sys.__stdout__.write("[" + s + "]")
sys.stderr = W()
1/0
