# SystemExit's message goes to sys.stderr, message and newline apart.
import sys
class W(object):
    def write(self, s): sys.__stdout__.write("[" + s + "]")
sys.stderr = W()
raise SystemExit("bye")
