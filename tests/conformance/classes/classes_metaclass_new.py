# A metaclass whose __new__ adds attributes and calls type.__new__.
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['tag'] = name.lower()
        cls = type.__new__(mcs, name, bases, ns)
        print 'created', cls.__name__
        return cls
    def __init__(cls, name, bases, ns):
        super(Meta, cls).__init__(name, bases, ns)
        cls.registered = True
class Tagged(object):
    __metaclass__ = Meta
    def hello(self):
        return 'hello from ' + self.tag
class Sub(Tagged):
    pass
print Tagged.tag, Sub.tag, Sub.registered, type(Sub).__name__
print Sub().hello(), isinstance(Sub, Meta)
