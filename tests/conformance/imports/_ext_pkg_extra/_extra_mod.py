print 'extra module found on the extended __path__'
VALUE = 42
