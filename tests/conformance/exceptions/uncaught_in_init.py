# Uncaught KeyError from a method called by __init__.
class Config(object):
    def __init__(self, d):
        self.d = d
        self.check()
    def check(self):
        if 'port' not in self.d:
            raise KeyError('port')
    @property
    def host(self):
        return self.d['host']
c = Config({'port': 1})
print c.d
try:
    c.host
except KeyError as e:
    print 'no host', e
Config({})
