# Pending softspace: a newline is written to stdout before the traceback.
print 'partial line',
raise ValueError('after a trailing comma')
