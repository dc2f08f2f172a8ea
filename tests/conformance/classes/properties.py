# property with getter, setter and deleter; decorator and call forms.
class Temperature(object):
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        print 'get celsius'
        return self._c
    @celsius.setter
    def celsius(self, v):
        print 'set celsius', v
        self._c = float(v)
    @celsius.deleter
    def celsius(self):
        print 'delete celsius'
        self._c = None
    def _get_f(self):
        return self._c * 9 / 5 + 32
    def _set_f(self, v):
        self._c = (v - 32) * 5 / 9.0
    fahrenheit = property(_get_f, _set_f, doc='degrees F')
t = Temperature()
t.celsius = 100
print t.celsius
print t.fahrenheit
t.fahrenheit = 32
print t.celsius
del t.celsius
print t._c
print Temperature.fahrenheit.__doc__
class ReadOnly(object):
    @property
    def value(self):
        return 42
r = ReadOnly()
print r.value
try:
    r.value = 1
except AttributeError as e:
    print 'AttributeError:', e
try:
    del r.value
except AttributeError as e:
    print 'AttributeError:', e
print type(Temperature.__dict__['celsius']).__name__
class Lazy(object):
    def __init__(self):
        self.computed = 0
    @property
    def data(self):
        self.computed += 1
        return [1, 2, 3]
l = Lazy()
print l.data, l.data, l.computed
