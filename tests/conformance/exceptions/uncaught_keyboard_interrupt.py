# Uncaught KeyboardInterrupt raised explicitly.
print "before"
raise KeyboardInterrupt
