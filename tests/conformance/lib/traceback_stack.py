import traceback, sys
def a(): return b()
def b():
    print traceback.extract_stack()[-2:]
    print traceback.extract_stack(limit=1)
    print ''.join(traceback.format_stack(limit=2)),
    traceback.print_stack(sys._getframe(1), 1, sys.stdout)
    return len(traceback.extract_stack(sys._getframe()))
print a()
