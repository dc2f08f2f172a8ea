# raise SystemExit(3): no traceback, exit status 3.
print 'exiting with 3'
raise SystemExit(3)
print 'never'
