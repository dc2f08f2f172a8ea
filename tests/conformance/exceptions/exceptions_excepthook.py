# sys.excepthook is called for an uncaught exception.
import sys
def hook(kind, value, tb):
    print 'custom hook:', kind.__name__, value, tb.tb_lineno
sys.excepthook = hook
print 'before'
raise ValueError('hooked')
