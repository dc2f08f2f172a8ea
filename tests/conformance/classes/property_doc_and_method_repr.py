# A property's __doc__ comes from its getter unless given; getter()/setter()
# copies keep it. A classmethod bound to its class shows the metaclass name.
class P(object):
    @property
    def x(self):
        "the x"
        return 1
    print x.__doc__

    @x.setter
    def x(self, v):
        pass
    print x.__doc__

    @x.deleter
    def x(self):
        pass
    print x.__doc__
    y = property(lambda s: 1, doc='ydoc')
    print y.__doc__
    print y.setter(lambda s, v: None).__doc__

    def g(self):
        "gdoc"
    print property(g).__doc__, property(g, None, None, 'own').__doc__
    print property().__doc__, repr(property(g).getter(lambda s: 2).__doc__)
    print property(fget=g).__doc__


class C(object):
    @classmethod
    def cm(cls):
        return cls

    def m(self):
        pass


class D(C):
    pass


class Meta(type):
    def mm(cls):
        pass


class E(object):
    __metaclass__ = Meta


print C.cm, C().cm, D.cm
print E.mm
print repr(D().m).split(' of ')[0]


class NoIt(object):
    pass


class BadIter(object):
    def __iter__(self):
        raise KeyError('inner')


for obj in [NoIt(), BadIter(), 5]:
    try:
        1 in obj
    except TypeError as e:
        print 'TypeError', e
