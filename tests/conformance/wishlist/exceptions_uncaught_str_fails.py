# An uncaught exception whose __str__ itself fails.
class Weird(Exception):
    def __str__(self):
        raise ValueError('cannot format')
print 'start'
raise Weird('x')
