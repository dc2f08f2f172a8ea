# An uncaught ImportError for a missing module.
print 'before import'
import nosuch
print 'never'
